import type { IDataObject } from 'n8n-workflow';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { FakeIntercom } from '../fake/server';
import { deliver, notification, signedDelivery } from '../fake/webhooks';
import { HubspotFake } from '../support/hubspotFake';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli, ROOT } from '../support/n8nCli';
import { OpenAiFake } from '../support/openAiFake';
import { SlackFake } from '../support/slackFake';
import { TlsProxy } from '../support/tlsProxy';
import { settledCount, until } from '../support/waiting';

const TOKEN = 'examples-token';
const SECRET = 'examples-identity-secret';
const SLACK_TOKEN = 'xoxb-examples';
const CLIENT_SECRET = 'examples-client-secret';

/** The example workflows exactly as users import them. */
const examples = Object.fromEntries(
	readdirSync(path.join(ROOT, 'examples'))
		.filter((file) => file.endsWith('.json'))
		.map((file) => {
			const workflow = JSON.parse(readFileSync(path.join(ROOT, 'examples', file), 'utf8')) as { id: string };
			return [workflow.id, workflow];
		}),
);

describe('the example workflows, imported into a real n8n and run against local fakes', () => {
	const fake = new FakeIntercom({ token: TOKEN, rateLimit: { limit: 20, windowMs: 10_000 } });
	const slack = new SlackFake();
	const model = new OpenAiFake({ lookup: 'jane@example.com' });
	const hubspot = new HubspotFake();
	let proxy: TlsProxy;
	const cli = new N8nCli();
	let server: N8nServer;
	let baseUrl = '';

	beforeAll(async () => {
		await fake.start();
		await slack.start();
		await model.start();
		await hubspot.start();
		// n8n's Slack and HubSpot nodes call their public hosts themselves: the proxy answers for those with the fakes.
		proxy = new TlsProxy({ 'slack.com': slack.url, 'api.hubapi.com': hubspot.url });
		await proxy.start();
		await cli.setUp(proxy.environment());
		await cli.importJson('credentials', [
			{
				id: 'intercomCredential',
				name: 'Intercom',
				type: 'intercomAccessTokenApi',
				data: {
					accessToken: TOKEN,
					region: 'custom',
					baseUrl: fake.url,
					apiVersion: '2.14',
					messengerSecret: SECRET,
					messengerAppId: 'abc123',
					clientSecret: CLIENT_SECRET,
				},
			},
			{ id: 'slackCredential', name: 'Slack', type: 'slackApi', data: { accessToken: SLACK_TOKEN } },
			{ id: 'hubspotCredential', name: 'HubSpot', type: 'hubspotAppToken', data: { appToken: 'pat-test' } },
			{
				id: 'openAiCredential',
				name: 'OpenAI',
				type: 'openAiApi',
				data: { apiKey: 'sk-test', url: `${model.url}/v1` },
			},
		]);
		await cli.importJson('workflow', Object.values(examples));
		await cli.activate('exampleMessengerSettings');
		await cli.activate('exampleProductEvents');
		await cli.activate('exampleSupportTriage');
		await cli.activate('exampleIntercomToCrm');
		server = await cli.startServer();
		baseUrl = server.baseUrl;
	}, 300_000);

	afterAll(async () => {
		cli.tearDown();
		await proxy.stop();
		await slack.stop();
		await model.stop();
		await hubspot.stop();
		await fake.stop();
	});

	it('examples/sla-digest.json posts one Slack message naming each conversation waiting over 4 hours', async () => {
		const now = Math.floor(Date.now() / 1000);
		const late = fake.store.addConversation({
			title: 'Refund for order 1042',
			waiting_since: now - 6 * 3600,
		});
		const later = fake.store.addConversation({ title: 'Cannot log in', waiting_since: now - 5 * 3600 });
		const recent = fake.store.addConversation({ title: 'Just asked', waiting_since: now - 600 });
		const closed = fake.store.addConversation({ title: 'Done', waiting_since: now - 9 * 3600 });
		Object.assign(closed, { state: 'closed', open: false });

		const run = await server.run('exampleSlaDigest', 'Run now');

		expect(run.data.resultData.error).toBeUndefined();
		expect(slack.posts).toHaveLength(1);
		const [post] = slack.posts;
		expect(post).toMatchObject({ channel: 'C0SUPPORT', token: SLACK_TOKEN });
		expect(post.text).toContain('2 conversations waiting over 4 hours');
		for (const conversation of [late, later]) {
			expect(post.text).toContain(`|#${conversation.id}> ${String(conversation.title)}`);
		}
		expect(post.text).not.toContain(recent.id);
		expect(post.text).not.toContain(closed.id);
	}, 120_000);

	it('examples/messenger-signed-in-users.json answers the site with intercomSettings signed for the user', async () => {
		const url = `${baseUrl}/webhook/intercom-messenger-settings?user_id=crm-4711&email=jane%40example.com&name=Jane`;
		await until(async () => (await fetch(url)).status !== 404, 'the settings webhook was never registered');
		const response = await fetch(url);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({
			app_id: 'abc123',
			user_id: 'crm-4711',
			email: 'jane@example.com',
			user_hash: createHmac('sha256', SECRET).update('crm-4711').digest('hex'),
			name: 'Jane',
			custom_launcher_selector: '#help-button',
			hide_default_launcher: true,
		});
	}, 120_000);

	it('examples/product-events.json tracks a batch of 30 events with typed metadata under a limit of 20 calls / 10 s', async () => {
		for (let index = 0; index < 3; index++) fake.store.addContact({ external_id: `user-${index}` });
		const events = Array.from({ length: 30 }, (_, index) => ({
			name: 'placed-order',
			user_id: `user-${index % 3}`,
			occurred_at: new Date(Date.UTC(2024, 4, 1, 10, 0, index)).toISOString(),
			order_id: `ORD-${index}`,
			order_url: `https://shop.example.com/orders/${index}`,
			total_cents: 1000 + index,
			currency: 'EUR',
		}));
		const url = `${baseUrl}/webhook/product-events`;
		await until(
			async () =>
				(await fetch(url, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }))
					.status !== 404,
			'the events webhook was never registered',
		);
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ events }),
		});
		expect(response.status).toBe(200);
		await settledCount(async () => await Promise.resolve(fake.store.events.length), {
			atLeast: 30,
			timeoutMs: 120_000,
		});
		expect(fake.store.events).toHaveLength(30);
		expect(fake.store.events.find((event) => event.metadata?.order_id === 'ORD-7')?.metadata).toEqual({
			order_id: 'ORD-7',
			order: { url: 'https://shop.example.com/orders/7', value: 'Order ORD-7' },
			total: { amount: 1007, currency: 'eur' },
		});
		// Tracked at the pace Intercom allowed: no call failed, and the ones that met a spent window were sent again.
		expect(
			fake.requests.filter(
				(request) => request.path === '/events' && ![202, 429].includes(request.status ?? 0),
			),
		).toEqual([]);
	}, 180_000);

	it('examples/support-triage.json routes a new conversation: tag, team, a reply with help articles, and Slack', async () => {
		// The tags the example's Route node names; a workspace sets its own ids there after import.
		fake.store.tags.set('7001', { type: 'tag', id: '7001', name: 'Billing' });
		fake.store.tags.set('7002', { type: 'tag', id: '7002', name: 'Support' });
		const refunds = fake.store.addArticle({
			title: 'How refunds work',
			state: 'published',
			body: '<p>A refund takes 5 days.</p>',
			url: 'https://help.example.com/en/articles/1-how-refunds-work',
		});
		fake.store.addArticle({ title: 'Refund policy (draft)', state: 'draft', body: 'refund' });
		const billing = fake.store.addConversation({
			source: {
				type: 'conversation',
				id: 'source-billing',
				delivered_as: 'customer_initiated',
				subject: '',
				body: '<p>Hi, I would like a refund for order 1042</p>',
				author: { type: 'user', id: 'u-1', name: 'Jane Doe', email: 'jane@example.com' },
			},
		});
		const login = fake.store.addConversation({
			source: {
				type: 'conversation',
				id: 'source-login',
				delivered_as: 'customer_initiated',
				subject: '',
				body: '<p>I cannot log in since yesterday</p>',
				author: { type: 'user', id: 'u-2', name: 'Sam Roe', email: 'sam@example.com' },
			},
		});
		const url = `${baseUrl}/webhook/5e0a3a57-2b0e-4c8e-9f61-8d2f3b7c9a10/webhook`;
		await until(
			async () => (await fetch(url, { method: 'HEAD' })).status === 200,
			'the trigger was never registered',
		);
		const slackBefore = slack.posts.length;
		for (const conversation of [billing, login]) {
			const delivery = signedDelivery(
				notification('conversation.user.created', JSON.parse(JSON.stringify(conversation)) as IDataObject),
				CLIENT_SECRET,
			);
			expect((await deliver(url, delivery)).status).toBe(200);
		}
		await until(async () => slack.posts.length >= slackBefore + 2, 'Slack did not get both messages');

		expect(billing.tags).toEqual({ type: 'tag.list', tags: [expect.objectContaining({ id: '7001' })] });
		expect(billing.team_assignee_id).toBe('814866');
		const billingReply = JSON.stringify(billing.conversation_parts);
		expect(billingReply).toContain('Our Billing team has your question');
		expect(billingReply).toContain(String(refunds.url));
		expect(billingReply).not.toContain('Refund policy (draft)');
		expect(login.tags).toEqual({ type: 'tag.list', tags: [expect.objectContaining({ id: '7002' })] });
		expect(login.team_assignee_id).toBe('814865');
		const posts = slack.posts.slice(slackBefore);
		expect(posts).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ channel: 'C0BILLING', text: expect.stringContaining(`|#${billing.id}>`) }),
				expect.objectContaining({ channel: 'C0SUPPORT', text: expect.stringContaining(`|#${login.id}>`) }),
			]),
		);
		expect(posts.find((post) => post.channel === 'C0BILLING')?.text).toContain('refund for order 1042');
	}, 180_000);

	it('examples/ai-support-agent.json: the model gets a one-argument lookup tool and a compact contact back', async () => {
		const jane = fake.store.addContact({
			email: 'jane@example.com',
			name: 'Jane Doe',
			phone: null,
			avatar: null,
			custom_attributes: { plan: 'pro' },
		});

		const run = await server.run('exampleAiSupportAgent', 'Run now');

		expect(run.data.resultData.error).toBeUndefined();
		const tools = model.requests[0].tools ?? [];
		const toolResult = model.requests
			.flatMap((request) => request.messages)
			.find((message) => message.role === 'tool');
		console.log(
			`AI agent example: tool definition ${JSON.stringify(tools[0])}; tool result ${String(toolResult?.content ?? '').length} characters`,
		);
		expect(tools).toHaveLength(1);
		expect(tools[0].function.description).toContain('Look up one Intercom contact');
		expect(tools[0].function.parameters).toMatchObject({
			type: 'object',
			properties: {
				lookup: expect.objectContaining({ type: 'string', description: expect.stringContaining('email') }),
			},
			required: ['lookup'],
		});
		expect(String(toolResult?.content)).toContain(jane.id);
		expect(String(toolResult?.content)).toContain('"plan":"pro"');
		expect(String(toolResult?.content)).not.toContain('null');
		const answer = run.data.resultData.runData['AI Agent'][0].data?.main[0][0].json.output;
		expect(String(answer)).toContain('Found it');
	}, 180_000);

	it('examples/crm-to-intercom.json syncs HubSpot companies and contacts into Intercom, and a second run creates nothing', async () => {
		hubspot.companies.push(
			{ companyId: 501, name: 'Acme', domain: 'acme.example' },
			{ companyId: 502, name: 'Globex', domain: 'globex.example' },
			{ companyId: 503, name: 'Initech', domain: '' },
		);
		hubspot.contacts.push(
			{ vid: 1, email: 'ann@acme.example', firstname: 'Ann', lastname: 'Lee', associatedcompanyid: 501 },
			{ vid: 2, email: 'bo@globex.example', firstname: 'Bo', lastname: 'Chen', associatedcompanyid: 502 },
			{ vid: 3, email: 'cy@example.com', firstname: 'Cy', lastname: 'Ray' },
		);
		const contactsBefore = fake.store.contacts.size;

		const first = await server.run('exampleCrmSync', 'Run now');
		expect(first.data.resultData.error).toBeUndefined();
		const second = await server.run('exampleCrmSync', 'Run now');
		expect(second.data.resultData.error).toBeUndefined();

		const companies = [...fake.store.companies.values()].filter((company) =>
			company.company_id.startsWith('hubspot-'),
		);
		expect(companies.map((company) => [company.company_id, company.name]).sort()).toEqual([
			['hubspot-501', 'Acme'],
			['hubspot-502', 'Globex'],
			['hubspot-503', 'Initech'],
		]);
		const synced = [...fake.store.contacts.values()].filter((contact) =>
			String(contact.external_id).startsWith('hubspot-'),
		);
		expect(synced.map((contact) => [contact.external_id, contact.email, contact.name]).sort()).toEqual([
			['hubspot-1', 'ann@acme.example', 'Ann Lee'],
			['hubspot-2', 'bo@globex.example', 'Bo Chen'],
			['hubspot-3', 'cy@example.com', 'Cy Ray'],
		]);
		expect(fake.store.contacts.size).toBe(contactsBefore + 3);
		const companyOf = (externalId: string) => {
			const contact = synced.find((candidate) => candidate.external_id === externalId);
			return (fake.store.contactCompanies.get(String(contact?.id)) ?? []).map(
				(id) => fake.store.companies.get(id)?.company_id,
			);
		};
		expect(companyOf('hubspot-1')).toEqual(['hubspot-501']);
		expect(companyOf('hubspot-2')).toEqual(['hubspot-502']);
		expect(companyOf('hubspot-3')).toEqual([]);
		// HubSpot was read page by page (2 per page here), since the last two hours for companies.
		expect(hubspot.requests.filter((request) => request.path.startsWith('/companies')).length).toBe(4);
		expect(Number(hubspot.requests[0].query.since)).toBeGreaterThan(Date.now() - 3 * 3600 * 1000);
	}, 180_000);

	it('examples/intercom-to-crm.json puts a new Intercom user into HubSpot and links both by external_id, once', async () => {
		const url = `${baseUrl}/webhook/9a7c2e31-4f5d-4b8e-a1c2-3d4e5f607182/webhook`;
		await until(
			async () => (await fetch(url, { method: 'HEAD' })).status === 200,
			'the trigger was never registered',
		);
		const fresh = fake.store.addContact({ email: 'dee@example.com', name: 'Dee Park' });
		const linked = fake.store.addContact({
			email: 'ann@acme.example',
			name: 'Ann Lee',
			external_id: 'hubspot-1',
		});
		const deliveries = [fresh, linked].map((contact) =>
			signedDelivery(
				notification('contact.user.created', JSON.parse(JSON.stringify(contact)) as IDataObject),
				CLIENT_SECRET,
			),
		);
		for (const delivery of [...deliveries, deliveries[0]])
			expect((await deliver(url, delivery)).status).toBe(200);
		await until(
			async () => fake.store.contacts.get(fresh.id)?.external_id !== undefined,
			'Dee was never linked',
		);
		await settledCount(
			async () =>
				await Promise.resolve(hubspot.requests.filter((request) => request.method === 'POST').length),
			{ atLeast: 2 },
		);

		const dee = hubspot.contacts.find((contact) => contact.email === 'dee@example.com');
		expect(dee).toMatchObject({ firstname: 'Dee', lastname: 'Park' });
		expect(fake.store.contacts.get(fresh.id)?.external_id).toBe(`hubspot-${dee?.vid}`);
		// Ann came from HubSpot (hubspot-1): upserted there by email, no second HubSpot contact, her link kept.
		expect(hubspot.contacts.filter((contact) => contact.email === 'ann@acme.example')).toHaveLength(1);
		expect(fake.store.contacts.get(linked.id)?.external_id).toBe('hubspot-1');
		// The repeated delivery of Dee's notification ran nothing: two upserts in HubSpot, one for each user.
		expect(hubspot.requests.filter((request) => request.method === 'POST').length).toBe(2);
	}, 180_000);
});
