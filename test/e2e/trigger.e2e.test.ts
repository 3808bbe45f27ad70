import { randomUUID } from 'node:crypto';

import { forgeries, seededRandom } from '../fake/forgeries';
import { deliver, notification, signatureOf, signedDelivery } from '../fake/webhooks';
import { Collector } from '../support/collector';
import { countAnswers, signatureFuzz, withConcurrency } from '../support/fuzz';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { settledCount, until } from '../support/waiting';
import { collect, intercomCredential, intercomTrigger } from '../support/nodes';

const SECRET = 'e2e-client-secret';
const APP_ID = 'a86dr8yl';
const SELECTED = ['contact.user.created', 'conversation.admin.replied', 'company.updated', 'ticket.created'];

function triggerWorkflow(
	id: string,
	webhookId: string,
	collectUrl: string,
	parameters: Record<string, unknown>,
) {
	return {
		id,
		name: id,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			intercomTrigger({
				id: `${id}-trigger`,
				name: 'Intercom Trigger',
				position: [0, 0],
				webhookId,
				parameters,
				credentials: intercomCredential('e2eTriggerCred', 'Intercom app'),
			}),
			collect('Collect', collectUrl, [200, 0]),
		],
		connections: { 'Intercom Trigger': { main: [[{ node: 'Collect', type: 'main', index: 0 }]] } },
	};
}

/** n8n answers before it has activated the published workflows; their webhooks 404 until then. */
async function waitUntilRegistered(url: string): Promise<void> {
	await until(
		async () => (await fetch(url, { method: 'HEAD' })).status !== 404,
		`${url} was never registered`,
	);
}

describe('Intercom Trigger in a real n8n process', () => {
	const cli = new N8nCli();
	const collector = new Collector();
	let server: N8nServer;
	const hooks = { selected: randomUUID(), everything: randomUUID() };
	let selectedUrl = '';
	let everythingUrl = '';

	const executionsOf = async (workflowId: string) =>
		(
			await server.get<{ data: { count: number } }>(
				`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=1`,
			)
		).data.count;

	beforeAll(async () => {
		await collector.start();
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'e2eTriggerCred',
				name: 'Intercom app',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'unused', region: 'us', apiVersion: '2.14', clientSecret: SECRET },
			},
		]);
		await cli.importJson('workflow', [
			triggerWorkflow('triggerSelected', hooks.selected, `${collector.url}/selected`, {
				topics: SELECTED,
				options: { appIds: `${APP_ID}, second-workspace` },
			}),
			triggerWorkflow('triggerEverything', hooks.everything, `${collector.url}/everything`, {
				topics: ['*'],
				options: { includePing: true, output: 'notification' },
			}),
		]);
		await cli.n8n('publish:workflow', '--id=triggerSelected');
		await cli.n8n('publish:workflow', '--id=triggerEverything');
		server = await cli.startServer();
		selectedUrl = `${server.baseUrl}/webhook/${hooks.selected}/webhook`;
		everythingUrl = `${server.baseUrl}/webhook/${hooks.everything}/webhook`;
		await waitUntilRegistered(selectedUrl);
		await waitUntilRegistered(everythingUrl);
	}, 240_000);

	afterAll(async () => {
		cli.tearDown();
		await collector.stop();
	});

	it('answers the HEAD request Intercom validates the URL with', async () => {
		const response = await fetch(selectedUrl, { method: 'HEAD' });
		expect(response.status).toBe(200);
	});

	it('passes a signed notification on as the changed item beside its envelope fields', async () => {
		const message = notification('contact.user.created', {
			type: 'contact',
			id: '6650a1',
			email: 'zoë@example.com',
			name: 'Zoë Ünïcode 👋',
			created_at: 1717000000,
		});
		expect((await deliver(selectedUrl, signedDelivery(message, SECRET))).status).toBe(200);
		const [item] = await collector.waitFor('/selected', 1);
		expect(item).toEqual({
			type: 'contact',
			id: '6650a1',
			email: 'zoë@example.com',
			name: 'Zoë Ünïcode 👋',
			created_at: 1717000000,
			topic: 'contact.user.created',
			app_id: APP_ID,
			notification_id: message.id,
			notification_created_at: message.created_at,
		});
	});

	it('answers an unselected topic, a foreign app_id and a repeated id with 200, starting nothing', async () => {
		const before = collector.items('/selected').length;
		const executionsBefore = await settledCount(() => executionsOf('triggerSelected'));
		const unselected = notification('contact.lead.created', { type: 'contact', id: 'lead-1' });
		const foreign = notification(
			'contact.user.created',
			{ type: 'contact', id: 'c-2' },
			{ app_id: 'other-app' },
		);
		const first = notification('company.updated', { type: 'company', id: 'co-1', name: 'Acme' });
		const second = notification('company.updated', { type: 'company', id: 'co-1', name: 'Acme' });
		const unselectedAnswer = await deliver(selectedUrl, signedDelivery(unselected, SECRET));
		expect(unselectedAnswer).toEqual({ status: 200, body: expect.stringContaining('is not selected') });
		const foreignAnswer = await deliver(selectedUrl, signedDelivery(foreign, SECRET));
		expect(foreignAnswer).toEqual({
			status: 200,
			body: expect.stringContaining("is not one of the node's App IDs"),
		});

		// Intercom's retry of a delivery carries the same id and body.
		const retried = signedDelivery(first, SECRET);
		expect((await deliver(selectedUrl, retried)).status).toBe(200);
		expect(await deliver(selectedUrl, retried)).toEqual({
			status: 200,
			body: expect.stringContaining('already received'),
		});
		expect((await deliver(selectedUrl, signedDelivery(second, SECRET))).status).toBe(200);

		const items = await collector.waitFor('/selected', before + 2);
		// Only the first company.updated and the second one started: the count settles two above where it was.
		expect(await settledCount(() => executionsOf('triggerSelected'), { atLeast: executionsBefore + 2 })).toBe(
			executionsBefore + 2,
		);
		expect(
			collector
				.items('/selected')
				.slice(before)
				.map((item) => item.notification_id),
		).toEqual(expect.arrayContaining([first.id, second.id]));
		expect(items.length - before).toBe(2);
	});

	it('answers a signed body that is no notification (empty, a list, no id) with 400, starting nothing', async () => {
		const executionsBefore = await settledCount(() => executionsOf('triggerSelected'));
		for (const body of ['', '[1]', '{"topic":"company.updated"}']) {
			const answer = await deliver(selectedUrl, { body, signature: signatureOf(body, SECRET) });
			expect({ sent: body, ...answer }).toEqual({
				sent: body,
				status: 400,
				body: expect.stringContaining('not an Intercom notification'),
			});
		}
		expect(await settledCount(() => executionsOf('triggerSelected'))).toBe(executionsBefore);
	});

	it('answers ping, and passes it on only where the node asks for it', async () => {
		const ping = notification('ping', { type: 'ping', message: 'something' });
		expect((await deliver(selectedUrl, signedDelivery(ping, SECRET))).status).toBe(200);
		expect((await deliver(everythingUrl, signedDelivery(ping, SECRET))).status).toBe(200);
		const [passed] = await collector.waitFor('/everything', 1);
		expect(passed).toEqual(ping);
		expect(collector.items('/selected').some((item) => item.topic === 'ping')).toBe(false);
	});

	it('passes a 2 MB conversation on unchanged as the full notification', async () => {
		const before = collector.items('/everything').length;
		const parts = Array.from({ length: 2000 }, (_, index) => ({
			type: 'conversation_part',
			id: String(index),
			body: `<p>${'Long reply. '.repeat(80)}</p>`,
		}));
		const message = notification('conversation.admin.replied', {
			type: 'conversation',
			id: '987',
			conversation_parts: { type: 'conversation_part.list', conversation_parts: parts, total_count: 2000 },
		});
		const delivery = signedDelivery(message, SECRET);
		expect(String(delivery.body).length).toBeGreaterThan(2_000_000);
		expect((await deliver(everythingUrl, delivery)).status).toBe(200);
		const received = await collector.waitFor('/everything', before + 1);
		expect(received[before]).toEqual(message);
	});

	it('fuzz: refuses every forged notification with 401 and starts each valid one exactly once', async () => {
		const random = seededRandom(20261124);
		const executionsBefore = await settledCount(() => executionsOf('triggerSelected'));
		const collectedBefore = collector.items('/selected').length;

		const deliveries = signatureFuzz(random, SECRET, SELECTED, { valid: 250, forged: 800 });
		const valid = deliveries.filter((entry) => entry.message);
		const kinds = Object.keys(forgeries);

		const started = Date.now();
		const answers = await withConcurrency(deliveries, 8, async ({ kind, delivery }) => {
			const sent = Date.now();
			const { status } = await deliver(selectedUrl, delivery);
			return { kind, status, ms: Date.now() - sent };
		});
		const seconds = (Date.now() - started) / 1000;

		const counts = countAnswers(answers);
		const collected = (await collector.waitFor('/selected', collectedBefore + valid.length)).slice(
			collectedBefore,
		);
		const executions =
			(await settledCount(() => executionsOf('triggerSelected'), {
				atLeast: executionsBefore + valid.length,
			})) - executionsBefore;
		const startedIds = collector
			.items('/selected')
			.slice(collectedBefore)
			.map((item) => String(item.notification_id));

		console.log(
			[
				`signature fuzz: ${deliveries.length} notifications (${valid.length} valid, ${deliveries.length - valid.length} forged)`,
				...[...counts].map(([kind, byStatus]) => `  ${kind}: ${JSON.stringify(byStatus)}`),
				`  executions started: ${executions}; distinct valid ids passed on: ${new Set(startedIds).size}`,
				// Figures only (Intercom allows 5 s per answer); nothing is asserted on time.
				`  ${seconds.toFixed(1)} s at 8 in flight; slowest answer ${Math.max(...answers.map((answer) => answer.ms))} ms`,
			].join('\n'),
		);

		expect(counts.get('valid')).toEqual({ 200: valid.length });
		for (const kind of kinds)
			expect(counts.get(kind)).toEqual({ 401: (deliveries.length - valid.length) / kinds.length });
		expect(executions).toBe(valid.length);
		expect(collected).toHaveLength(valid.length);
		expect(startedIds.sort()).toEqual(valid.map((entry) => String(entry.message?.id)).sort());
	}, 600_000);

	it('remembers a started notification across a restart of n8n', async () => {
		// Two started deliveries: n8n keeps the first change of an empty static data anyway, so look at the second.
		const earlier = notification('ticket.created', { type: 'ticket', id: 'ticket-earlier' });
		const message = notification('ticket.created', { type: 'ticket', id: 'ticket-restart' });
		const before = collector.items('/selected').length;
		expect((await deliver(selectedUrl, signedDelivery(earlier, SECRET))).status).toBe(200);
		expect((await deliver(selectedUrl, signedDelivery(message, SECRET))).status).toBe(200);
		await collector.waitFor('/selected', before + 2);
		const executionsAfterTwo = await settledCount(() => executionsOf('triggerSelected'));
		// n8n saves what the trigger writes to static data when a delivery starts nothing, such as a ping.
		const ping = notification('ping', { type: 'ping' });
		expect((await deliver(selectedUrl, signedDelivery(ping, SECRET))).status).toBe(200);
		const stored = await server.get<{ data: { staticData: Record<string, { notificationIds: string[] }> } }>(
			'/rest/workflows/triggerSelected',
		);
		expect(stored.data.staticData['node:Intercom Trigger'].notificationIds).toContain(message.id);

		await cli.stopServer();
		server = await cli.startServer();
		await waitUntilRegistered(selectedUrl);
		expect(await deliver(selectedUrl, signedDelivery(message, SECRET))).toEqual({
			status: 200,
			body: expect.stringContaining('already received'),
		});
		expect(await settledCount(() => executionsOf('triggerSelected'))).toBe(executionsAfterTwo);
		expect(collector.items('/selected')).toHaveLength(before + 2);
	}, 240_000);
});
