import { byId, jsonOf, run, useFakeIntercom } from './setup';

/** Operations Intercom added in 2.16, run on a 2.16 credential (the version test shows the refusal on 2.14). */
describe('2.16 operations: conversations, tickets, company notes, merge history', () => {
	const fake = useFakeIntercom();
	const on216 = { apiVersion: '2.16' };

	it('merges a conversation into another, the target as a number', async () => {
		const from = fake.store.addConversation({});
		const into = fake.store.addConversation({});
		const result = await run(
			fake,
			{ resource: 'conversation', operation: 'merge', conversation: byId(from.id), mergeIntoId: into.id },
			on216,
		);
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', `/conversations/${from.id}/merge`)[0].body).toEqual({
			merge_into_conversation_id: Number(into.id),
		});
	});

	it('refuses merging on a 2.14 credential, naming both versions, before any call', async () => {
		const result = await run(fake, {
			resource: 'conversation',
			operation: 'merge',
			conversation: byId('1'),
			mergeIntoId: '2',
		});
		expect(result.error?.message).toBe(
			'Conversation › Merge needs Intercom API 2.16 or newer, but the credential sends 2.14',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('lists deleted conversation IDs in the chosen order, handling events and side conversations', async () => {
		const gone = fake.store.addConversation({});
		await run(fake, { resource: 'conversation', operation: 'delete', conversation: byId(gone.id) }, on216);
		const listed = await run(
			fake,
			{ resource: 'conversation', operation: 'getDeletedIds', returnAll: true, order: 'desc' },
			on216,
		);
		expect(jsonOf(listed)).toEqual([{ id: gone.id, deleted_at: expect.any(Number) }]);
		fake.reset();
		const deleted = await run(
			fake,
			{ resource: 'conversation', operation: 'getDeletedIds', returnAll: false, limit: 5, order: 'asc' },
			on216,
		);
		expect(deleted.error).toBeUndefined();
		expect(fake.calls('GET', '/conversations/deleted')[0].query).toMatchObject({ order: 'asc' });
		expect(jsonOf(deleted)).toEqual([]);
		const conversation = fake.store.addConversation({});
		const events = await run(
			fake,
			{ resource: 'conversation', operation: 'getHandlingEvents', conversation: byId(conversation.id) },
			on216,
		);
		expect(events.error).toBeUndefined();
		expect(fake.calls('GET', `/conversations/${conversation.id}/handling_events`)).toHaveLength(1);
		const sides = await run(
			fake,
			{
				resource: 'conversation',
				operation: 'getSideConversations',
				conversation: byId(conversation.id),
				returnAll: true,
			},
			on216,
		);
		expect(sides.error).toBeUndefined();
	});

	it('changes a ticket’s type with its new state, and links and unlinks a conversation', async () => {
		const ticket = fake.store.addTicket({});
		const changed = await run(
			fake,
			{
				resource: 'ticket',
				operation: 'changeType',
				ticketId: ticket.id,
				ticketTypeId: '1295',
				ticketStateId: '7494',
			},
			on216,
		);
		expect(changed.error).toBeUndefined();
		expect(fake.calls('POST', `/tickets/${ticket.id}/change_type`)[0].body).toEqual({
			ticket_type_id: '1295',
			ticket_state_id: '7494',
		});
		const conversation = fake.store.addConversation({});
		const link = { resource: 'ticket', ticketId: ticket.id, conversation: byId(conversation.id) };
		await run(fake, { ...link, operation: 'linkConversation' }, on216);
		await run(fake, { ...link, operation: 'unlinkConversation' }, on216);
		expect(fake.calls('POST', `/tickets/${ticket.id}/linked_conversations`)[0].body).toEqual({
			conversation_id: conversation.id,
		});
		expect(
			fake.calls('DELETE', `/tickets/${ticket.id}/linked_conversations/${conversation.id}`),
		).toHaveLength(1);
	});

	it('writes and lists company notes, the author the token’s own admin unless chosen', async () => {
		const company = fake.store.addCompany({ company_id: 'acme', name: 'Acme' });
		const created = await run(
			fake,
			{
				resource: 'companyNote',
				operation: 'create',
				company: byId(company.id),
				body: '<p>Renewal in May</p>',
			},
			on216,
		);
		expect(created.error).toBeUndefined();
		expect(fake.calls('POST', `/companies/${company.id}/notes`)[0].body).toEqual({
			body: '<p>Renewal in May</p>',
		});
		const notes = await run(
			fake,
			{ resource: 'companyNote', operation: 'getAll', company: byId(company.id), returnAll: true },
			on216,
		);
		expect(jsonOf(notes).length).toBeGreaterThan(0);
	});

	it('reads a contact’s merge history through its next_cursor', async () => {
		const contact = fake.store.addContact({ role: 'user', email: 'ada@example.com' });
		const history = await run(
			fake,
			{ resource: 'contact', operation: 'getMergeHistory', contact: byId(contact.id), returnAll: true },
			on216,
		);
		expect(history.error).toBeUndefined();
		expect(fake.calls('GET', `/contacts/${contact.id}/merge_history`)[0].query).toMatchObject({
			per_page: '150',
		});
	});

	it('stages an article draft with Update’s fields, publishes it in chosen languages, and tags articles', async () => {
		const article = fake.store.addArticle({ title: 'Refunds', state: 'published' });
		const base = { resource: 'article', article: byId(String(article.id)) };
		const staged = await run(
			fake,
			{ ...base, operation: 'stageDraft', updateFields: { title: 'Refunds, revised' } },
			on216,
		);
		expect(staged.error).toBeUndefined();
		expect(fake.calls('PUT', `/articles/${article.id}/draft`)[0].body).toEqual({ title: 'Refunds, revised' });
		await run(fake, { ...base, operation: 'publishDraft', locales: 'en, fr' }, on216);
		expect(fake.calls('POST', `/articles/${article.id}/draft/publish`)[0].body).toEqual({
			locales: ['en', 'fr'],
		});
		const tag = fake.store.tagByName('Billing');
		await run(fake, { ...base, operation: 'addTag', tagId: tag.id }, on216);
		await run(fake, { ...base, operation: 'removeTag', tagId: tag.id }, on216);
		expect(fake.calls('POST', `/articles/${article.id}/tags`)[0].body).toEqual({
			id: tag.id,
			admin_id: '991267460',
		});
		expect(fake.calls('DELETE', `/articles/${article.id}/tags/${tag.id}`)).toHaveLength(1);
		await run(
			fake,
			{ resource: 'internalArticle', operation: 'addTag', internalArticleId: '39', tagId: tag.id },
			on216,
		);
		expect(fake.calls('POST', '/internal_articles/39/tags')[0].body).toEqual({
			id: tag.id,
			admin_id: '991267460',
		});
	});

	it('refuses staging an empty draft, naming the fields, before any call', async () => {
		const result = await run(
			fake,
			{ resource: 'article', operation: 'stageDraft', article: byId('1'), updateFields: {} },
			on216,
		);
		expect(result.error?.message).toBe('"Update Fields" and "Translations" are empty: nothing to update');
		expect(fake.requests).toHaveLength(0);
	});
});
