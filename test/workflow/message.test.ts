import { byEmail, byId, jsonOf, run, useFakeIntercom } from './setup';

describe('Message: send', () => {
	const fake = useFakeIntercom();

	it('sends an in-app message from the token’s own admin to a lead, with the recipient’s role read first', async () => {
		const lead = fake.store.addContact({ role: 'lead', email: 'lead@example.com' });
		const result = await run(fake, {
			resource: 'message',
			operation: 'send',
			messageType: 'in_app',
			contact: byEmail('lead@example.com'),
			body: 'Hi! Can we help?',
		});
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', '/messages')[0].body).toEqual({
			message_type: 'in_app',
			body: 'Hi! Can we help?',
			from: { type: 'admin', id: 991267460 },
			to: { type: 'lead', id: lead.id },
		});
		expect(jsonOf(result)[0]).toMatchObject({ type: 'admin_message', message_type: 'inapp' });
	});

	it('sends an email from a chosen admin and opens the conversation at once, its id in the output', async () => {
		const user = fake.store.addContact({ email: 'user@example.com' });
		const result = await run(fake, {
			resource: 'message',
			operation: 'send',
			messageType: 'email',
			contact: byId(user.id),
			adminId: '991267461',
			subject: 'Your renewal',
			body: '<p>Your plan renews next week.</p>',
			template: 'personal',
			options: { createConversation: true },
		});
		expect(fake.calls('POST', '/messages')[0].body).toEqual({
			message_type: 'email',
			subject: 'Your renewal',
			template: 'personal',
			body: '<p>Your plan renews next week.</p>',
			from: { type: 'admin', id: 991267461 },
			to: { type: 'user', id: user.id },
			create_conversation_without_contact_reply: true,
		});
		const conversationId = String(jsonOf(result)[0].conversation_id);
		expect(fake.store.conversations.get(conversationId)?.source).toMatchObject({ subject: 'Your renewal' });
		expect(fake.calls('GET', '/me')).toHaveLength(0);
	});

	it('refuses an email without a subject, before any call', async () => {
		const result = await run(fake, {
			resource: 'message',
			operation: 'send',
			messageType: 'email',
			contact: byId('6762f0d51bb69f9f2193bb7f'),
			subject: ' ',
			body: 'Hello',
		});
		expect(result.error?.message).toBe('"Subject" is empty');
		expect(fake.requests).toHaveLength(0);
	});
});
