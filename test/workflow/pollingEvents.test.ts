import type { INodeParameters } from 'n8n-workflow';

import type { FakeIntercom } from '../fake/server';
import { pollingWorkflow, runIntercom, tokenCredentials } from '../harness/runWorkflow';
import { useFakeIntercom } from './setup';

const idsOf = (items: Array<{ id?: unknown }> | null) => (items ?? []).map((item) => String(item.id));

/** Each event as a user meets it: a first poll (no sample) and then what happened since, once. */
describe('Intercom Polling Trigger: replies, closes, ratings and tags', () => {
	const fake = useFakeIntercom();
	const poller = (event: string) =>
		pollingWorkflow({ event, options: { sampleSize: 0 } }, tokenCredentials(fake.url, fake.token));
	const act = async (fakeIntercom: FakeIntercom, parameters: INodeParameters) =>
		await runIntercom({ parameters, credentials: tokenCredentials(fakeIntercom.url, fakeIntercom.token) });
	const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });

	it('New Admin Reply and New Contact Reply: each conversation once per reply, not on the other side’s', async () => {
		const admin = poller('conversationAdminReplied');
		const contact = poller('conversationContactReplied');
		expect(await admin.poll()).toBeNull();
		expect(await contact.poll()).toBeNull();
		const conversation = fake.store.addConversation({});
		const reply = { resource: 'conversation', operation: 'reply', conversation: byId(conversation.id) };
		await act(fake, { ...reply, replyAs: 'admin', messageType: 'comment', body: 'On it' });
		expect(idsOf(await admin.poll())).toEqual([conversation.id]);
		expect(await contact.poll()).toBeNull();
		expect(await admin.poll()).toBeNull();
	});

	it('Conversation Closed: the conversation once when it closes', async () => {
		const closed = poller('conversationClosed');
		expect(await closed.poll()).toBeNull();
		const conversation = fake.store.addConversation({});
		fake.store.addConversation({});
		await act(fake, { resource: 'conversation', operation: 'close', conversation: byId(conversation.id) });
		expect(idsOf(await closed.poll())).toEqual([conversation.id]);
		expect(await closed.poll()).toBeNull();
	});

	it('Conversation Rated: the conversation with its rating, once', async () => {
		const rated = poller('conversationRated');
		expect(await rated.poll()).toBeNull();
		const conversation = fake.store.addConversation({});
		fake.store.rateConversation(conversation.id, 5, 'Great');
		const emitted = await rated.poll();
		expect(emitted).toHaveLength(1);
		expect(emitted?.[0]).toMatchObject({
			id: conversation.id,
			conversation_rating: { rating: 5, remark: 'Great' },
		});
		expect(await rated.poll()).toBeNull();
	});

	it('Tag Added to Conversation: one item per tag applied, with the tag, each once', async () => {
		const tagged = poller('conversationTagAdded');
		expect(await tagged.poll()).toBeNull();
		const conversation = fake.store.addConversation({});
		const [vip, billing] = [fake.store.tagByName('VIP'), fake.store.tagByName('Billing')];
		for (const tag of [vip, billing]) {
			await act(fake, {
				resource: 'conversation',
				operation: 'addTag',
				conversation: byId(conversation.id),
				tagId: tag.id,
			});
		}
		const emitted = (await tagged.poll()) ?? [];
		expect(emitted.map((item) => [item.id, (item.tag as { id: string }).id]).sort()).toEqual(
			[
				[conversation.id, vip.id],
				[conversation.id, billing.id],
			].sort(),
		);
		expect(await tagged.poll()).toBeNull();
	});
});
