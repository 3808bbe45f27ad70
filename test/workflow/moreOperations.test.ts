import { byId, jsonOf, run, useFakeIntercom } from './setup';

describe('Fin, content snippets, redirects, background tickets and the rest of the API', () => {
	const fake = useFakeIntercom();
	const on216 = { apiVersion: '2.16' };

	it('hands a user’s message from your channel to Fin, timestamped, and rates the conversation', async () => {
		const started = await run(fake, {
			resource: 'fin',
			operation: 'start',
			conversationId: 'chat-8812',
			message: 'My invoice is wrong',
			userId: 'user-7',
			user: { email: 'ada@example.com' },
		});
		expect(started.error).toBeUndefined();
		const [call] = fake.calls('POST', '/fin/start');
		expect(call.body).toEqual({
			conversation_id: 'chat-8812',
			message: { author: 'user', body: 'My invoice is wrong', timestamp: expect.any(String) },
			user: { id: 'user-7', email: 'ada@example.com' },
		});
		await run(fake, { resource: 'fin', operation: 'rate', conversationId: 'chat-8812', rating: 'amazing' });
		expect(fake.calls('POST', '/fin/csat')[0].body).toEqual({
			conversation_id: 'chat-8812',
			rating: 'amazing',
		});
	});

	it('writes a content snippet with its availability under Intercom’s names (API 2.16)', async () => {
		const created = await run(
			fake,
			{
				resource: 'contentSnippet',
				operation: 'create',
				title: 'Refund window',
				additionalFields: {
					bodyMarkdown: '30 days',
					aiChatbotAvailability: true,
					aiCopilotAvailability: false,
				},
			},
			on216,
		);
		expect(created.error).toBeUndefined();
		expect(fake.calls('POST', '/content_snippets')[0].body).toEqual({
			title: 'Refund window',
			body_markdown: '30 days',
			ai_chatbot_availability: true,
			ai_copilot_availability: false,
		});
	});

	it('creates a help center redirect and lists them (API 2.16)', async () => {
		const created = await run(
			fake,
			{
				resource: 'helpCenter',
				operation: 'createRedirect',
				helpCenterId: '93',
				fromUrl: 'https://old-help.example.com/refunds',
				targetType: 'article',
				targetId: '42',
				locale: 'en',
			},
			on216,
		);
		expect(created.error).toBeUndefined();
		expect(fake.calls('POST', '/help_center/help_centers/93/redirects')[0].body).toEqual({
			from_url: 'https://old-help.example.com/refunds',
			target_type: 'article',
			target_id: '42',
			locale: 'en',
		});
	});

	it('updates a company by its Intercom ID with only the fields given, refusing an empty update first', async () => {
		const company = fake.store.addCompany({ company_id: 'acme', name: 'Acme' });
		const updated = await run(fake, {
			resource: 'company',
			operation: 'update',
			company: byId(company.id),
			updateFields: { plan: 'pro', monthlySpend: 99.9 },
		});
		expect(updated.error).toBeUndefined();
		expect(fake.calls('PUT', `/companies/${company.id}`)[0].body).toEqual({ plan: 'pro', monthly_spend: 99 });
		fake.reset();
		const empty = await run(fake, {
			resource: 'company',
			operation: 'update',
			company: byId('x'),
			updateFields: {},
		});
		expect(empty.error?.message).toBe('"Update Fields" and "Custom Attributes" are empty: nothing to update');
		expect(fake.requests).toHaveLength(0);
	});

	it('submits an event summary; a last time before the first is refused before any call', async () => {
		const base = {
			resource: 'dataEvent',
			operation: 'submitSummary',
			userId: 'u-1',
			eventName: 'invited-friend',
			count: 3,
		};
		const ok = await run(fake, { ...base, first: '2026-01-01T00:00:00Z', last: '2026-01-02T00:00:00Z' });
		expect(ok.error).toBeUndefined();
		expect(fake.calls('POST', '/events/summaries')[0].body).toEqual({
			user_id: 'u-1',
			event_summaries: { event_name: 'invited-friend', count: 3, first: 1767225600, last: 1767312000 },
		});
		fake.reset();
		const refused = await run(fake, { ...base, first: '2026-01-02T00:00:00Z', last: '2026-01-01T00:00:00Z' });
		expect(refused.error?.message).toBe('"Last" is before "First"');
		expect(fake.requests).toHaveLength(0);
	});

	it('searches knowledge hub content, lists comma-separated as Intercom’s description says (API 2.16)', async () => {
		const found = await run(
			fake,
			{
				resource: 'aiContent',
				operation: 'searchContent',
				query: 'billing',
				contentTypes: ['article', 'snippet'],
				states: ['published'],
				returnAll: false,
				limit: 5,
			},
			on216,
		);
		expect(found.error).toBeUndefined();
		expect(fake.calls('GET', '/content/search')[0].query).toMatchObject({
			query: 'billing',
			content_types: 'article,snippet',
			states: 'published',
		});
	});

	it('refuses a bulk action Intercom does not have, naming the field and the key, before any call', async () => {
		const result = await run(
			fake,
			{
				resource: 'aiContent',
				operation: 'bulkAction',
				definition: JSON.stringify({
					action: 'archive',
					content_ids: [{ type: 'article_content', id: '1' }],
				}),
			},
			on216,
		);
		expect(result.error?.message).toContain(
			'"Definition (JSON)" has "action": "archive"; Intercom takes publish',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('reads team metrics, a contact’s banners, WhatsApp statuses and activity logs (API 2.16)', async () => {
		const metrics = await run(
			fake,
			{ resource: 'team', operation: 'getMetrics', teamId: '814865', idleThreshold: 600, returnAll: true },
			on216,
		);
		expect(metrics.error).toBeUndefined();
		expect(fake.calls('GET', '/teams/814865/metrics')[0].query).toEqual({ idle_threshold: '600' });
		const contact = fake.store.addContact({ role: 'user', email: 'ada@example.com' });
		const banners = await run(
			fake,
			{ resource: 'contact', operation: 'getBanners', contact: byId(contact.id), returnAll: true },
			on216,
		);
		expect(banners.error).toBeUndefined();
		const status = await run(
			fake,
			{ resource: 'message', operation: 'getWhatsAppStatus', messageId: 'wamid.1' },
			on216,
		);
		expect(fake.calls('GET', '/messages/whatsapp/status')[0].query).toEqual({ message_id: 'wamid.1' });
		expect(jsonOf(status)).toHaveLength(1);
		const logs = await run(
			fake,
			{
				resource: 'admin',
				operation: 'searchActivityLogs',
				createdAfter: '2026-01-01T00:00:00Z',
				eventTypes: 'admin_login_success',
			},
			on216,
		);
		expect(logs.error).toBeUndefined();
		expect(fake.calls('POST', '/admins/activity_logs/search')[0].body).toEqual({
			created_at_after: 1767225600,
			event_types: ['admin_login_success'],
		});
	});
});
