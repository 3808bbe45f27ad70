import { randomUUID } from 'node:crypto';

import { forgeries, seededRandom } from '../fake/forgeries';
import { deliver, notification, signedDelivery } from '../fake/webhooks';
import { Collector } from '../support/collector';
import { countAnswers, signatureFuzz, withConcurrency } from '../support/fuzz';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { collect, intercomCredential, intercomNode } from '../support/nodes';
import { until } from '../support/waiting';

const SECRET = 'verify-path-secret';
const SELECTED = ['contact.user.created', 'conversation.admin.replied', 'ticket.created'];
const PATH = 'intercom-verified';

/** The fast path on n8n's defaults: n8n's Webhook node (HEAD and POST, raw body) → Verify Signature → the rest. */
function verifyPathWorkflow(collectorUrl: string) {
	return {
		id: 'verifyPath',
		name: 'Verify path',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'webhook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				position: [0, 0],
				webhookId: randomUUID(),
				parameters: {
					multipleMethods: true,
					httpMethod: ['HEAD', 'POST'],
					path: PATH,
					responseMode: 'onReceived',
					options: { rawBody: true },
				},
			},
			intercomNode({
				id: 'verify',
				name: 'Verify Signature',
				position: [240, 100],
				parameters: {
					resource: 'delivery',
					operation: 'verifySignature',
					topics: SELECTED,
					refused: 'error',
				},
				credentials: intercomCredential('verifyCred', 'Intercom app'),
				onError: 'continueErrorOutput',
			}),
			collect('Verified', `${collectorUrl}/verified`, [480, 0]),
			collect('Refused', `${collectorUrl}/refused`, [480, 200]),
		],
		connections: {
			Webhook: { main: [[], [{ node: 'Verify Signature', type: 'main', index: 0 }]] },
			'Verify Signature': {
				main: [[{ node: 'Verified', type: 'main', index: 0 }], [{ node: 'Refused', type: 'main', index: 0 }]],
			},
		},
	};
}

describe("Verify Signature behind n8n's Webhook node, in a real n8n on its defaults", () => {
	const cli = new N8nCli();
	const collector = new Collector();
	let server: N8nServer;
	let url = '';

	beforeAll(async () => {
		await collector.start();
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'verifyCred',
				name: 'Intercom app',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'unused', region: 'us', apiVersion: '2.14', clientSecret: SECRET },
			},
		]);
		await cli.importJson('workflow', [verifyPathWorkflow(collector.url)]);
		await cli.activate('verifyPath');
		server = await cli.startServer({ signIn: false });
		url = `${server.baseUrl}/webhook/${PATH}`;
		await until(
			async () => (await fetch(url, { method: 'HEAD' })).status !== 404,
			`${url} was never registered`,
		);
	}, 240_000);

	afterAll(async () => {
		cli.tearDown();
		await collector.stop();
	});

	it('answers Intercom’s HEAD check and passes a signed notification on as the changed item', async () => {
		expect((await fetch(url, { method: 'HEAD' })).status).toBe(200);
		const message = notification('ticket.created', {
			type: 'ticket',
			id: 'ticket-1',
			title: 'Zoë’s ticket 👋',
		});
		expect((await deliver(url, signedDelivery(message, SECRET))).status).toBe(200);
		const [item] = await collector.waitFor('/verified', 1);
		expect(item).toMatchObject({
			id: 'ticket-1',
			title: 'Zoë’s ticket 👋',
			topic: 'ticket.created',
			notification_id: message.id,
		});
	});

	it('fuzz: 1,000 requests — no forged or replayed notification reaches the nodes after it, each valid one once', async () => {
		const random = seededRandom(20261203);
		const verifiedBefore = collector.items('/verified').length;
		const refusedBefore = collector.items('/refused').length;
		const deliveries = signatureFuzz(random, SECRET, SELECTED, { valid: 200, forged: 700 });
		const valid = deliveries.filter((entry) => entry.message);
		const answers = await withConcurrency(deliveries, 8, async ({ kind, delivery }) => ({
			kind,
			status: (await deliver(url, delivery)).status,
		}));
		await collector.waitFor('/verified', verifiedBefore + valid.length);
		await collector.waitFor('/refused', refusedBefore + deliveries.length - valid.length);

		// Replays: 100 valid deliveries sent again, byte for byte, as an attacker (or Intercom's retry) would.
		const replays = valid.slice(0, 100);
		const replayAnswers = await withConcurrency(replays, 8, async ({ delivery }) => ({
			kind: 'replayed',
			status: (await deliver(url, delivery)).status,
		}));
		// A marker sent after the replays: once it has passed, every replay has been through the workflow.
		const marker = notification('contact.user.created', { type: 'contact', id: 'after-replays' });
		await deliver(url, signedDelivery(marker, SECRET));
		const verified = await collector.waitFor('/verified', verifiedBefore + valid.length + 1);
		await until(async () => verified.some((item) => item.id === 'after-replays'), 'the marker did not pass');

		const counts = countAnswers([...answers, ...replayAnswers]);
		console.log(
			[
				`verify path fuzz: ${deliveries.length + replays.length} requests (${valid.length} valid, ${deliveries.length - valid.length} forged, ${replays.length} replayed)`,
				...[...counts].map(([kind, byStatus]) => `  ${kind}: ${JSON.stringify(byStatus)}`),
			].join('\n'),
		);
		// n8n's Webhook node answers every request at once: the verdict is the workflow's, not the answer's.
		expect([...counts.values()].every((byStatus) => Object.keys(byStatus).join() === '200')).toBe(true);
		const passedIds = collector
			.items('/verified')
			.slice(verifiedBefore)
			.map((item) => String(item.notification_id))
			.filter((id) => id !== marker.id);
		expect(passedIds.sort()).toEqual(valid.map((entry) => String(entry.message?.id)).sort());
		const refused = collector.items('/refused').slice(refusedBefore);
		expect(refused).toHaveLength(deliveries.length - valid.length);
		expect(
			refused.every((item) => String(item.error).startsWith('Refused a forged or unsigned delivery')),
		).toBe(true);
		expect(Object.keys(forgeries).every((kind) => counts.has(kind))).toBe(true);
	}, 600_000);
});
