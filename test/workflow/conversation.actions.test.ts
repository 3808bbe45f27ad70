import { byEmail, byExternalId, byId, jsonOf, run, useFakeIntercom } from './setup';

const ME = '991267460';
const OTHER_ADMIN = '991267461';

describe('Conversation: reply, note, assign, close, open, snooze, tags', () => {
	const fake = useFakeIntercom();

	const lastPart = (id: string) => {
		const parts = fake.store.conversations.get(id)?.conversation_parts as {
			conversation_parts: Array<Record<string, unknown>>;
		};
		return parts.conversation_parts[parts.conversation_parts.length - 1];
	};

	it('replies as the token’s own admin, asking GET /me once for 50 items, each reply paired with its item', async () => {
		const conversations = Array.from({ length: 50 }, () => fake.store.addConversation());
		const result = await run(
			fake,
			{
				resource: 'conversation',
				operation: 'reply',
				conversation: byId('={{ $json.id }}'),
				replyAs: 'admin',
				messageType: 'comment',
				body: '=Hi, about #{{ $json.id }}',
				requestOptions: { maxConcurrency: 5 },
			},
			{ items: conversations.map((conversation) => ({ id: conversation.id })) },
		);
		expect(result.error).toBeUndefined();
		expect(fake.calls('GET', '/me')).toHaveLength(1);
		const replies = fake.calls('POST', /^\/conversations\/\d+\/reply$/);
		expect(replies).toHaveLength(50);
		expect(replies[0].body).toEqual({
			message_type: 'comment',
			type: 'admin',
			admin_id: ME,
			body: `Hi, about #${conversations[0].id}`,
		});
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual(
			conversations.map((conversation, index) => [conversation.id, { item: index }]),
		);
	});

	it('replies as the contact, named by Intercom ID, external ID or email as given', async () => {
		const contact = fake.store.addContact({ external_id: 'crm-7', email: 'seven@example.com' });
		const conversation = fake.store.addConversation();
		for (const locator of [byId(contact.id), byExternalId('crm-7'), byEmail('seven@example.com')]) {
			const result = await run(fake, {
				resource: 'conversation',
				operation: 'reply',
				conversation: byId(conversation.id),
				replyAs: 'contact',
				contact: locator,
				body: 'Thanks!',
			});
			expect(result.error).toBeUndefined();
		}
		expect(fake.calls('POST', `/conversations/${conversation.id}/reply`).map((call) => call.body)).toEqual([
			{ message_type: 'comment', type: 'user', intercom_user_id: contact.id, body: 'Thanks!' },
			{ message_type: 'comment', type: 'user', user_id: 'crm-7', body: 'Thanks!' },
			{ message_type: 'comment', type: 'user', email: 'seven@example.com', body: 'Thanks!' },
		]);
		expect(fake.requests.filter((request) => request.path.startsWith('/contacts'))).toHaveLength(0);
	});

	it('sends a file from the item’s binary data base64-encoded with its name and type, and attachment URLs', async () => {
		const conversation = fake.store.addConversation();
		const pdf = Buffer.from('%PDF-1.4 invoice 1042');
		const result = await run(
			fake,
			{
				resource: 'conversation',
				operation: 'reply',
				conversation: byId(conversation.id),
				replyAs: 'admin',
				messageType: 'note',
				adminId: OTHER_ADMIN,
				body: '<p>Invoice attached</p>',
				options: {
					attachmentUrls: 'https://example.com/a.png, https://example.com/b.png',
					attachmentBinaryProperties: 'invoice',
				},
			},
			{
				items: [
					{
						__binary: {
							invoice: {
								data: pdf.toString('base64'),
								mimeType: 'application/pdf',
								fileName: 'invoice-1042.pdf',
							},
						},
					},
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', `/conversations/${conversation.id}/reply`)[0].body).toEqual({
			message_type: 'note',
			type: 'admin',
			admin_id: OTHER_ADMIN,
			body: '<p>Invoice attached</p>',
			attachment_urls: ['https://example.com/a.png', 'https://example.com/b.png'],
			attachment_files: [
				{ content_type: 'application/pdf', data: pdf.toString('base64'), name: 'invoice-1042.pdf' },
			],
		});
		expect(fake.calls('GET', '/me')).toHaveLength(0);
		expect(lastPart(conversation.id)).toMatchObject({
			part_type: 'note',
			author: { type: 'admin', id: OTHER_ADMIN },
		});
	});

	it.each([
		[{ operation: 'reply', replyAs: 'admin', messageType: 'comment', body: '  ' }, '"Body" is empty'],
		[
			{
				operation: 'reply',
				replyAs: 'admin',
				messageType: 'comment',
				body: 'hi',
				options: {
					attachmentUrls: Array.from({ length: 11 }, (_, index) => `https://example.com/${index}.png`).join(
						',',
					),
				},
			},
			'"Attachment URLs" has 11 entries; Intercom allows 10',
		],
		[
			{
				operation: 'reply',
				replyAs: 'admin',
				messageType: 'comment',
				body: 'hi',
				options: { attachmentUrls: 'invoice.pdf' },
			},
			'"Attachment URLs" has an entry that is not a link: invoice.pdf',
		],
		[
			{
				operation: 'reply',
				replyAs: 'admin',
				messageType: 'comment',
				body: 'hi',
				options: { attachmentBinaryProperties: 'missing' },
			},
			'missing',
		],
		[{ operation: 'addNote', body: '  ' }, '"Note" is empty'],
		[
			{ operation: 'snooze', snoozedUntil: '2020-01-01T00:00:00Z' },
			'"Snooze Until" is in the past: 2020-01-01T00:00:00.000Z',
		],
		[
			{ operation: 'assign', assignTo: 'team', assigneeTeamId: '' },
			'"Team Name or ID" is empty: choose whom to assign the conversation to',
		],
	])('refuses bad input before any call (%#)', async (parameters, message) => {
		const conversation = fake.store.addConversation();
		const result = await run(fake, {
			resource: 'conversation',
			conversation: byId(conversation.id),
			...parameters,
		});
		expect(result.error?.message).toContain(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('adds a note as the chosen admin', async () => {
		const conversation = fake.store.addConversation();
		await run(fake, {
			resource: 'conversation',
			operation: 'addNote',
			conversation: byId(conversation.id),
			body: 'VIP customer',
			adminId: OTHER_ADMIN,
		});
		expect(fake.calls('POST', `/conversations/${conversation.id}/reply`)[0].body).toEqual({
			message_type: 'note',
			type: 'admin',
			admin_id: OTHER_ADMIN,
			body: 'VIP customer',
		});
	});

	it('assigns to a teammate or a team, and unassigns', async () => {
		const conversation = fake.store.addConversation();
		const base = { resource: 'conversation', operation: 'assign', conversation: byId(conversation.id) };
		await run(fake, { ...base, assignTo: 'admin', assigneeAdminId: OTHER_ADMIN, body: 'Over to Dana' });
		await run(fake, { ...base, assignTo: 'team', assigneeTeamId: '814866' });
		expect(fake.store.conversations.get(conversation.id)).toMatchObject({
			admin_assignee_id: OTHER_ADMIN,
			team_assignee_id: '814866',
		});
		await run(fake, { ...base, assignTo: 'nobody' });
		const bodies = fake.calls('POST', `/conversations/${conversation.id}/parts`).map((call) => call.body);
		expect(bodies).toEqual([
			{
				message_type: 'assignment',
				type: 'admin',
				admin_id: ME,
				assignee_id: OTHER_ADMIN,
				body: 'Over to Dana',
			},
			{ message_type: 'assignment', type: 'team', admin_id: ME, assignee_id: '814866' },
			{ message_type: 'assignment', type: 'admin', admin_id: ME, assignee_id: '0' },
		]);
		expect(fake.store.conversations.get(conversation.id)?.admin_assignee_id).toBeNull();
	});

	it('closes with a message, snoozes until a future moment, and opens again', async () => {
		const conversation = fake.store.addConversation();
		const base = { resource: 'conversation', conversation: byId(conversation.id) };
		const closed = await run(fake, { ...base, operation: 'close', body: 'Solved, thanks!' });
		expect(jsonOf(closed)[0]).toMatchObject({ state: 'closed', open: false });
		const until = new Date(Date.now() + 86_400_000).toISOString();
		const snoozed = await run(fake, { ...base, operation: 'snooze', snoozedUntil: until });
		expect(jsonOf(snoozed)[0]).toMatchObject({
			state: 'snoozed',
			snoozed_until: Math.floor(Date.parse(until) / 1000),
		});
		const opened = await run(fake, { ...base, operation: 'open' });
		expect(jsonOf(opened)[0]).toMatchObject({ state: 'open', open: true });
		expect(fake.calls('POST', `/conversations/${conversation.id}/parts`).map((call) => call.body)).toEqual([
			{ message_type: 'close', type: 'admin', admin_id: ME, body: 'Solved, thanks!' },
			{ message_type: 'snoozed', admin_id: ME, snoozed_until: Math.floor(Date.parse(until) / 1000) },
			{ message_type: 'open', admin_id: ME },
		]);
	});

	it('tags and untags a conversation, the acting admin in the body of the DELETE too', async () => {
		const conversation = fake.store.addConversation();
		const tag = fake.store.tagByName('Billing');
		const base = { resource: 'conversation', conversation: byId(conversation.id), tagId: tag.id };
		const tagged = await run(fake, { ...base, operation: 'addTag' });
		expect(jsonOf(tagged)).toEqual([{ type: 'tag', id: tag.id, name: 'Billing' }]);
		await run(fake, { ...base, operation: 'removeTag' });
		expect(fake.calls('DELETE', `/conversations/${conversation.id}/tags/${tag.id}`)[0].body).toEqual({
			admin_id: ME,
		});
		expect(fake.store.conversations.get(conversation.id)?.tags).toEqual({ type: 'tag.list', tags: [] });
	});

	it('keeps going past a missing conversation on the error output, paired with its item', async () => {
		const [first, third] = [fake.store.addConversation(), fake.store.addConversation()];
		const result = await run(
			fake,
			{ resource: 'conversation', operation: 'close', conversation: byId('={{ $json.id }}') },
			{ items: [{ id: first.id }, { id: '999999' }, { id: third.id }], onError: 'continueErrorOutput' },
		);
		expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[first.id, { item: 0 }],
			[third.id, { item: 2 }],
		]);
		expect(result.errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Intercom: Resource Not Found', { item: 1 }],
		]);
	});

	it('creates a conversation from a contact given by ID without a lookup, or by email after one', async () => {
		const contact = fake.store.addContact({ email: 'ten@example.com', role: 'lead', name: 'Ten' });
		const byIdResult = await run(fake, {
			resource: 'conversation',
			operation: 'create',
			contact: byId(contact.id),
			body: 'My order never arrived',
			options: { subject: 'Order 1042' },
		});
		expect(jsonOf(byIdResult)[0]).toMatchObject({
			type: 'user_message',
			conversation_id: expect.any(String),
		});
		await run(fake, {
			resource: 'conversation',
			operation: 'create',
			contact: byEmail('ten@example.com'),
			body: 'Still waiting',
		});
		expect(fake.calls('POST', '/conversations').map((call) => call.body)).toEqual([
			{ from: { type: 'contact', id: contact.id }, body: 'My order never arrived', subject: 'Order 1042' },
			{ from: { type: 'lead', id: contact.id }, body: 'Still waiting' },
		]);
		const created = fake.store.conversations.get(String(jsonOf(byIdResult)[0].conversation_id));
		expect(created?.source).toMatchObject({ subject: 'Order 1042', author: { id: contact.id } });
	});

	it('updates title, read state, company and custom attributes, and refuses an empty update', async () => {
		const conversation = fake.store.addConversation();
		const company = fake.store.addCompany({ company_id: 'acme', name: 'Acme' });
		const result = await run(fake, {
			resource: 'conversation',
			operation: 'update',
			conversation: byId(conversation.id),
			updateFields: {
				title: 'Refund',
				read: true,
				company: { __rl: true, mode: 'companyId', value: 'acme' },
			},
			customAttributes: { attribute: [{ name: 'issue_type', value: 'billing' }] },
		});
		expect(result.error).toBeUndefined();
		expect(fake.calls('PUT', `/conversations/${conversation.id}`)[0].body).toEqual({
			title: 'Refund',
			read: true,
			custom_attributes: { issue_type: 'billing' },
			company_id: company.id,
		});
		expect(jsonOf(result)[0]).toMatchObject({
			title: 'Refund',
			custom_attributes: { issue_type: 'billing' },
		});

		fake.requests.length = 0;
		const empty = await run(fake, {
			resource: 'conversation',
			operation: 'update',
			conversation: byId(conversation.id),
			updateFields: {},
		});
		expect(empty.error?.message).toBe('"Update Fields" and "Custom Attributes" are empty: nothing to update');
		expect(fake.requests).toHaveLength(0);
	});

	it('attaches a contact by external ID and detaches one, refusing to remove the last with Intercom’s 422', async () => {
		const first = fake.store.addContact({ external_id: 'crm-1' });
		const second = fake.store.addContact({ external_id: 'crm-2' });
		const conversation = fake.store.addConversation({
			contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: first.id }] },
		});
		const base = { resource: 'conversation', conversation: byId(conversation.id) };
		await run(fake, { ...base, operation: 'attachContact', contact: byExternalId('crm-2') });
		expect(fake.calls('POST', `/conversations/${conversation.id}/customers`)[0].body).toEqual({
			admin_id: ME,
			customer: { user_id: 'crm-2' },
		});
		await run(fake, { ...base, operation: 'detachContact', contact: byId(first.id) });
		expect(fake.calls('DELETE', `/conversations/${conversation.id}/customers/${first.id}`)[0].body).toEqual({
			admin_id: ME,
		});
		const last = await run(fake, { ...base, operation: 'detachContact', contact: byId(second.id) });
		expect(last.error?.message).toBe('Intercom: Removing the last customer is not allowed');
		expect(last.error?.httpCode).toBe('422');
	});

	it('redacts a part by its ID, or the source after reading its ID, and deletes the conversation', async () => {
		const conversation = fake.store.addConversation({
			conversation_parts: {
				type: 'conversation_part.list',
				total_count: 1,
				conversation_parts: [
					{ type: 'conversation_part', id: '777', part_type: 'comment', body: 'card 4242' },
				],
			},
		});
		const base = { resource: 'conversation', operation: 'redact', conversation: byId(conversation.id) };
		await run(fake, { ...base, redact: 'part', partId: '777' });
		await run(fake, { ...base, redact: 'source' });
		expect(fake.calls('POST', '/conversations/redact').map((call) => call.body)).toEqual([
			{ conversation_id: conversation.id, type: 'conversation_part', conversation_part_id: '777' },
			{ conversation_id: conversation.id, type: 'source', source_id: `source-${conversation.id}` },
		]);
		expect(lastPart(conversation.id)).toMatchObject({ redacted: true });

		const deleted = await run(fake, {
			resource: 'conversation',
			operation: 'delete',
			conversation: byId(conversation.id),
		});
		expect(jsonOf(deleted)).toEqual([{ id: conversation.id, object: 'conversation', deleted: true }]);
		expect(fake.store.conversations.has(conversation.id)).toBe(false);
	});

	it('sends a quick reply: the answers as buttons, each with a UUID of its own, and no body needed', async () => {
		const conversation = fake.store.addConversation();
		const base = {
			resource: 'conversation',
			operation: 'reply',
			conversation: byId(conversation.id),
			replyAs: 'admin',
			messageType: 'quick_reply',
		};
		const result = await run(fake, { ...base, quickReplyOptions: 'Yes, No, Talk to a person' });
		expect(result.error).toBeUndefined();
		const [call] = fake.calls('POST', `/conversations/${conversation.id}/reply`);
		const uuid = expect.stringMatching(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		expect(call.body).toEqual({
			message_type: 'quick_reply',
			type: 'admin',
			admin_id: ME,
			reply_options: [
				{ text: 'Yes', uuid },
				{ text: 'No', uuid },
				{ text: 'Talk to a person', uuid },
			],
		});

		fake.requests.length = 0;
		const empty = await run(fake, { ...base, quickReplyOptions: ' , ' });
		expect(empty.error?.message).toBe('"Quick Reply Options" is empty: give at least one answer');
		expect(fake.requests).toHaveLength(0);
	});
});
