import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { listSearch, loadOptions } from '../../nodes/Intercom/methods';
import { byId, jsonOf, run, useFakeIntercom } from './setup';

const byUrl = (value: string) => ({ __rl: true, mode: 'url', value });
const condition = (field: string, operator: string, value: string) => ({ field, operator, value });
const search = (conditions: Array<ReturnType<typeof condition>>, extra: Record<string, unknown> = {}) => ({
	resource: 'conversation',
	operation: 'search',
	queryMode: 'builder',
	filterGroups: { group: [{ combine: 'AND', conditions: { condition: conditions } }] },
	returnAll: true,
	...extra,
});

describe('Conversation: get, get many, search', () => {
	const fake = useFakeIntercom();

	it('gets a conversation by ID or by its inbox link, as HTML or as plain text', async () => {
		const conversation = fake.store.addConversation();
		const html = await run(fake, {
			resource: 'conversation',
			operation: 'get',
			conversation: byId(conversation.id),
		});
		expect(jsonOf(html)[0]).toMatchObject({
			id: conversation.id,
			source: { body: '<p>Hello, I need <b>help</b></p>' },
		});

		const plain = await run(fake, {
			resource: 'conversation',
			operation: 'get',
			conversation: byUrl(
				`https://app.eu.intercom.com/a/inbox/ab12cd/inbox/shared/all/conversation/${conversation.id}`,
			),
			options: { plainText: true },
		});
		expect(fake.calls('GET', `/conversations/${conversation.id}`).map((call) => call.query)).toEqual([
			{},
			{ display_as: 'plaintext' },
		]);
		expect(jsonOf(plain)[0]).toMatchObject({ source: { body: 'Hello, I need help' } });
	});

	it('refuses a conversation that is not an ID or an inbox link before any call, and maps a 404', async () => {
		// n8n's editor refuses a literal that is not a number; a value from an expression is checked by the node.
		const wrong = await run(
			fake,
			{ resource: 'conversation', operation: 'get', conversation: byId('={{ $json.id }}') },
			{ items: [{ id: 'abc' }] },
		);
		expect(wrong.error?.message).toBe('"Conversation" is not a conversation ID or link: abc');
		expect(fake.requests).toHaveLength(0);

		const missing = await run(fake, {
			resource: 'conversation',
			operation: 'get',
			conversation: byId('999999'),
		});
		expect(missing.error?.message).toBe('Intercom: Resource Not Found');
		expect(missing.error?.httpCode).toBe('404');
	});

	it('lists all conversations 150 a page following the cursor, or up to a limit', async () => {
		for (let index = 0; index < 320; index++) fake.store.addConversation();
		const all = await run(fake, { resource: 'conversation', operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(320);
		const calls = fake.calls('GET', '/conversations');
		expect(calls.map((call) => call.query.per_page)).toEqual(['150', '150', '150']);
		expect(calls[1].query.starting_after).toEqual(expect.any(String));

		fake.requests.length = 0;
		const some = await run(fake, {
			resource: 'conversation',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
		});
		expect(some.items).toHaveLength(30);
		expect(fake.calls('GET', '/conversations').map((call) => call.query.per_page)).toEqual(['30']);
	});

	it('searches with the shared filter builder and the conversation fields, the cursor in the body', async () => {
		const since = Math.floor(Date.parse('2024-05-01T00:00:00Z') / 1000);
		const wanted = Array.from({ length: 160 }, (_, index) =>
			fake.store.addConversation({ created_at: since + 10 + index, state: 'open' }),
		);
		fake.store.addConversation({ created_at: since + 10, state: 'closed', open: false });
		fake.store.addConversation({ created_at: since - 10, state: 'open' });

		const result = await run(
			fake,
			search([
				condition('state', 'equals', 'open'),
				condition('created_at', 'greaterThan', '2024-05-01T00:00:00Z'),
				condition('source.author.email', 'endsWith', '@example.com'),
			]),
		);

		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((item) => item.id)).toEqual(wanted.map((conversation) => conversation.id));
		const bodies = fake.calls('POST', '/conversations/search').map((call) => call.body);
		expect(bodies[0]).toEqual({
			query: {
				operator: 'AND',
				value: [
					{ field: 'state', operator: '=', value: 'open' },
					{ field: 'created_at', operator: '>', value: since },
					{ field: 'source.author.email', operator: '$', value: '@example.com' },
				],
			},
			pagination: { per_page: 150 },
		});
		expect(bodies[1]).toMatchObject({ pagination: { per_page: 150, starting_after: expect.any(String) } });
	});

	it('applies the conversation search rules, not the contact ones', async () => {
		// Conversations take != on dates (contacts do not), but no "contains" on them.
		const allowed = await run(fake, search([condition('created_at', 'notEquals', '1714521600')]));
		expect(allowed.error).toBeUndefined();
		const refused = await run(fake, search([condition('updated_at', 'contains', '2024')]));
		expect(refused.error?.message).toContain('Intercom does not accept "~" on updated_at (date)');
		expect(fake.calls('POST', '/conversations/search')).toHaveLength(1);
	});

	it('compares a custom conversation attribute as the type the workspace gives it', async () => {
		fake.store.addConversation({ custom_attributes: { issue_type: 'billing' } });
		const result = await run(fake, search([condition('custom_attributes.issue_type', 'equals', 'billing')]));
		expect(result.items).toHaveLength(1);
		expect(fake.calls('GET', '/data_attributes')[0].query).toEqual({ model: 'conversation' });
	});

	it('offers conversation fields by name, custom attributes included, and picks conversations from a list', async () => {
		const context = loadOptionsContext({
			parameters: { resource: 'conversation', operation: 'search' },
			credentials: tokenCredentials(fake.url, fake.token),
		});
		const fields = await loadOptions.getConversationSearchFields.call(context);
		expect(fields).toEqual(
			expect.arrayContaining([
				{ name: 'Author Email', value: 'source.author.email', description: 'source.author.email · string' },
				expect.objectContaining({ name: 'Custom: Issue type', value: 'custom_attributes.issue_type' }),
			]),
		);

		const first = fake.store.addConversation({ title: 'Refund for order 1042' });
		fake.store.addConversation();
		const recent = await listSearch.searchConversations.call(context);
		expect(recent.results[0]).toEqual({
			name: `Refund for order 1042 · jane@example.com (#${first.id})`,
			value: first.id,
		});
		const found = await listSearch.searchConversations.call(context, first.id);
		expect(found.results.map((result) => result.value)).toContain(first.id);
	});

	it('gives the whole conversation as one readable transcript, notes and events marked', async () => {
		const at = Math.floor(Date.parse('2024-05-01T10:00:00Z') / 1000);
		const dana = { type: 'admin', id: '991267461', name: 'Dana Scully', email: 'dana@example.com' };
		const conversation = fake.store.addConversation({
			created_at: at,
			source: {
				type: 'conversation',
				subject: '',
				body: '<p>My invoice is <b>wrong</b></p>',
				author: { type: 'user', id: 'u1', name: 'Jane Doe', email: 'jane@example.com' },
			},
			conversation_parts: {
				type: 'conversation_part.list',
				total_count: 3,
				conversation_parts: [
					{ part_type: 'note', body: '<p>Check plan &amp; seats</p>', created_at: at + 60, author: dana },
					{ part_type: 'comment', body: '<p>Fixed it, sorry!</p>', created_at: at + 120, author: dana },
					{ part_type: 'close', body: null, created_at: at + 180, author: dana },
				],
			},
		});
		const result = await run(fake, {
			resource: 'conversation',
			operation: 'getTranscript',
			conversation: byId(conversation.id),
		});
		expect(fake.calls('GET', `/conversations/${conversation.id}`)[0].query).toEqual({
			display_as: 'plaintext',
		});
		expect(jsonOf(result)).toEqual([
			{
				conversation_id: conversation.id,
				title: null,
				state: 'open',
				transcript: [
					'[2024-05-01 10:00 UTC] Jane Doe (contact): My invoice is wrong',
					'[2024-05-01 10:01 UTC] Dana Scully (admin) [note]: Check plan & seats',
					'[2024-05-01 10:02 UTC] Dana Scully (admin): Fixed it, sorry!',
					'[2024-05-01 10:03 UTC] — Dana Scully (admin): close',
				].join('\n'),
				part_count: 3,
				parts_included: 3,
				truncated: false,
			},
		]);
	});

	it('says so when Intercom returned only the most recent 500 of more parts', async () => {
		const parts = Array.from({ length: 500 }, (_, index) => ({
			part_type: 'comment',
			body: `part ${index}`,
			author: { type: 'user', name: 'Jane' },
		}));
		const conversation = fake.store.addConversation({
			conversation_parts: { type: 'conversation_part.list', total_count: 612, conversation_parts: parts },
		});
		const result = await run(fake, {
			resource: 'conversation',
			operation: 'getTranscript',
			conversation: byId(conversation.id),
		});
		expect(jsonOf(result)[0]).toMatchObject({
			part_count: 612,
			parts_included: 500,
			truncated: true,
			note: 'Intercom returns at most the 500 most recent parts: the 112 earlier ones are not in this transcript',
		});
	});
});
