import type { INodeParameters } from 'n8n-workflow';

import type { FakeIntercom } from '../fake/server';
import type { FakeThread } from '../fake/store';
import { pollingWorkflow, tokenCredentials } from '../harness/runWorkflow';
import { useFakeIntercom } from './setup';

const nowSeconds = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

function poller(fake: FakeIntercom, parameters: INodeParameters) {
	return pollingWorkflow(parameters, tokenCredentials(fake.url, fake.token));
}

const idsOf = (items: Array<{ id?: unknown }> | null) => (items ?? []).map((item) => String(item.id));
const searchCalls = (fake: FakeIntercom, path: string) =>
	fake.requests.filter((request) => request.method === 'POST' && request.path === path);

describe('Intercom Polling Trigger', () => {
	const fake = useFakeIntercom();

	it('emits a bounded sample first, then every change of several pages exactly once', async () => {
		const old = nowSeconds() - 2 * HOUR;
		for (let index = 0; index < 300; index++)
			fake.store.addConversation({ created_at: old, updated_at: old });
		const trigger = poller(fake, { event: 'conversationUpdated' });

		const first = await trigger.poll();
		expect(first).toHaveLength(10);

		const changed: FakeThread[] = [];
		for (let index = 0; index < 320; index++)
			changed.push(fake.store.addConversation({ updated_at: nowSeconds() }));
		fake.requests.length = 0;
		const second = await trigger.poll();
		expect(idsOf(second).sort()).toEqual(changed.map((conversation) => conversation.id).sort());
		// 320 changes at 150 per page: three pages, the cursor in the body each time.
		const calls = searchCalls(fake, '/conversations/search');
		expect(calls).toHaveLength(3);
		expect(
			calls.map((call) => (call.body as { pagination: { starting_after?: string } }).pagination),
		).toEqual([
			{ per_page: 150 },
			{ per_page: 150, starting_after: expect.any(String) },
			{ per_page: 150, starting_after: expect.any(String) },
		]);

		// The overlap window reads them again; nothing is emitted twice.
		expect(await trigger.poll()).toBeNull();

		const updatedAgain = changed.slice(0, 5);
		for (const conversation of updatedAgain) conversation.updated_at = nowSeconds() + 1;
		expect(idsOf(await trigger.poll()).sort()).toEqual(
			updatedAgain.map((conversation) => conversation.id).sort(),
		);
		expect(await trigger.poll()).toBeNull();
	});

	it('waits out a 429 and retries a 503 in the middle of a backlog, emitting each change once', async () => {
		const trigger = poller(fake, { event: 'conversationUpdated', options: { sampleSize: 0 } });
		expect(await trigger.poll()).toBeNull();
		const changed = Array.from({ length: 400 }, () =>
			fake.store.addConversation({ updated_at: nowSeconds() }),
		);
		fake.inject({ kind: 'status429', path: /conversations\/search/, times: 1 });
		fake.inject({ kind: 'status503', path: /conversations\/search/, times: 1 });
		const emitted = idsOf(await trigger.poll());
		expect(emitted).toHaveLength(400);
		expect(new Set(emitted)).toEqual(new Set(changed.map((conversation) => conversation.id)));
		expect(searchCalls(fake, '/conversations/search').map((call) => call.status)).toEqual(
			expect.arrayContaining([429, 503, 200]),
		);
	});

	it("fails the poll with Intercom's message when the token is refused, keeping its position", async () => {
		const trigger = pollingWorkflow({ event: 'ticketUpdated' }, tokenCredentials(fake.url, 'revoked'));
		await expect(trigger.poll()).rejects.toMatchObject({
			httpCode: '401',
			message: expect.stringContaining('Access Token Invalid'),
		});
		expect(trigger.workflow.staticData).toEqual({ 'node:Intercom Polling Trigger': {} });
	});

	it('catches a change that reaches search late, inside the overlap window', async () => {
		const trigger = poller(fake, { event: 'ticketUpdated', options: { overlapMinutes: 5 } });
		expect(await trigger.poll()).toBeNull();
		const seen = fake.store.addTicket({ updated_at: nowSeconds() + 120 });
		expect(idsOf(await trigger.poll())).toEqual([seen.id]);

		// Changed before the newest change already emitted, but indexed only now.
		const late = fake.store.addTicket({ updated_at: nowSeconds() + 30 });
		expect(idsOf(await trigger.poll())).toEqual([late.id]);
		expect(await trigger.poll()).toBeNull();
	});

	it('does not replay changes made before activation that were not in the sample', async () => {
		const before = nowSeconds() - 60;
		for (let index = 0; index < 20; index++) fake.store.addTicket({ created_at: before, updated_at: before });
		const trigger = poller(fake, { event: 'ticketUpdated', options: { sampleSize: 3 } });
		expect(await trigger.poll()).toHaveLength(3);
		expect(await trigger.poll()).toBeNull();
	});

	it('"New" follows created_at: updates of an emitted ticket do not fire again', async () => {
		const trigger = poller(fake, { event: 'ticketCreated', options: { sampleSize: 0 } });
		expect(await trigger.poll()).toBeNull();
		const created = Array.from({ length: 160 }, () => fake.store.addTicket());
		expect(idsOf(await trigger.poll()).sort()).toEqual(created.map((ticket) => ticket.id).sort());
		for (const ticket of created) ticket.updated_at = nowSeconds() + 10;
		expect(await trigger.poll()).toBeNull();
		const [query] = searchCalls(fake, '/tickets/search').map(
			(call) => (call.body as { query: object }).query,
		);
		expect(query).toEqual({ field: 'created_at', operator: '>', value: expect.any(Number) });
	});

	it('contacts: searches newest first from a day earlier and stops at the first older contact', async () => {
		// Inside the day that the day-granular search has to read again.
		const old = nowSeconds() - 6 * HOUR;
		const contacts = fake.store.seedContacts(400);
		for (const contact of contacts) contact.updated_at = old;
		const trigger = poller(fake, { event: 'contactUpdated' });
		expect(idsOf(await trigger.poll())).toHaveLength(10);

		const changed = contacts.slice(100, 300);
		changed.forEach((contact, index) => (contact.updated_at = nowSeconds() + (index % 7)));
		fake.requests.length = 0;
		const emitted = await trigger.poll();
		expect(idsOf(emitted).sort()).toEqual(changed.map((contact) => contact.id).sort());
		// Emitted oldest change first.
		const times = (emitted ?? []).map((contact) => Number(contact.updated_at));
		expect(times).toEqual([...times].sort((a, b) => a - b));
		// 200 changes: page one is all new, page two reaches the older contacts and the search stops.
		const calls = searchCalls(fake, '/contacts/search');
		expect(calls).toHaveLength(2);
		expect(calls[0].body).toMatchObject({
			query: { field: 'updated_at', operator: '>' },
			sort: { field: 'updated_at', order: 'descending' },
		});
		expect(await trigger.poll()).toBeNull();
	});

	it('companies: scrolls through all of them and emits the changed ones once', async () => {
		const old = nowSeconds() - 3 * HOUR;
		const companies = fake.store.seedCompanies(120);
		for (const company of companies) company.updated_at = old;
		const trigger = poller(fake, { event: 'companyUpdated', options: { sampleSize: 2 } });
		expect(await trigger.poll()).toHaveLength(2);

		const changed = companies.filter((_, index) => index % 2 === 0);
		for (const company of changed) company.updated_at = nowSeconds();
		expect(idsOf(await trigger.poll()).sort()).toEqual(changed.map((company) => company.id).sort());
		expect(await trigger.poll()).toBeNull();
		expect(fake.requests.filter((request) => request.path === '/companies/scroll').length).toBeGreaterThan(3);
	});

	it('a test fetch returns the sample and leaves the cursor alone', async () => {
		for (let index = 0; index < 30; index++) fake.store.addConversation();
		const trigger = poller(fake, { event: 'conversationUpdated', options: { sampleSize: 4 } });
		expect(await trigger.poll('manual')).toHaveLength(4);
		expect(trigger.workflow.staticData).toEqual({});
		expect(await trigger.poll('manual')).toHaveLength(4);
	});

	it('starts afresh when the resource or event changes', async () => {
		const trigger = poller(fake, { event: 'ticketUpdated', options: { sampleSize: 0 } });
		expect(await trigger.poll()).toBeNull();
		fake.store.addTicket();
		const node = trigger.workflow.getNode('Intercom Polling Trigger');
		if (node) node.parameters.event = 'ticketCreated';
		// A new cursor: a first run again, which samples instead of emitting the earlier cursor's changes.
		expect(await trigger.poll()).toBeNull();
		const stored = trigger.workflow.staticData['node:Intercom Polling Trigger'] as {
			poll: { source: string };
		};
		expect(stored.poll.source).toBe('ticket:created_at');
	});

	it('narrows each searched resource with its filter, ANDed with the timestamp', async () => {
		const conversations = poller(fake, {
			event: 'conversationUpdated',
			filters: { state: 'open' },
			options: { sampleSize: 0 },
		});
		const contacts = poller(fake, {
			event: 'contactCreated',
			filters: { role: 'lead' },
			options: { sampleSize: 0 },
		});
		const tickets = poller(fake, {
			event: 'ticketUpdated',
			filters: { open: false },
			options: { sampleSize: 0 },
		});
		for (const trigger of [conversations, contacts, tickets]) expect(await trigger.poll()).toBeNull();

		const open = fake.store.addConversation({ state: 'open' });
		fake.store.addConversation({ state: 'closed', open: false });
		const lead = fake.store.addContact({ role: 'lead', email: 'lead@example.com' });
		fake.store.addContact({ role: 'user', email: 'user@example.com' });
		const closed = fake.store.addTicket({ open: false });
		fake.store.addTicket();
		fake.requests.length = 0;

		expect(idsOf(await conversations.poll())).toEqual([open.id]);
		expect(idsOf(await contacts.poll())).toEqual([lead.id]);
		expect(idsOf(await tickets.poll())).toEqual([closed.id]);
		expect(searchCalls(fake, '/tickets/search')[0].body).toMatchObject({
			query: {
				operator: 'AND',
				value: [
					{ field: 'updated_at', operator: '>' },
					{ field: 'open', operator: '=', value: 'false' },
				],
			},
		});
	});
});
