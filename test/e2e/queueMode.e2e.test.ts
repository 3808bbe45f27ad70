import { randomUUID } from 'node:crypto';

import { forgeries, seededRandom } from '../fake/forgeries';
import type { Delivery, Notification } from '../fake/webhooks';
import { deliver, notification, signedDelivery } from '../fake/webhooks';
import { FakeIntercom } from '../fake/server';
import { Collector } from '../support/collector';
import { countAnswers, signatureFuzz, withConcurrency } from '../support/fuzz';
import { QueueCluster } from '../support/queueCluster';
import { settledCount } from '../support/waiting';
import { collect, intercomCredential, intercomNode, intercomTrigger, splitOut } from '../support/nodes';

const SECRET = 'queue-client-secret';
const REDELIVERED = 20;

/** Intercom Trigger → Webhook Delivery › Pass First Delivery Only → a request per notification to the collector. */
function redeliveryWorkflow(webhookId: string, collectUrl: string) {
	const credentials = intercomCredential('queueCred', 'Intercom app');
	return {
		id: 'queueRedeliveries',
		name: 'Intercom notifications, once each',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			intercomTrigger({
				id: 'trigger',
				name: 'Intercom Trigger',
				position: [0, 0],
				webhookId,
				parameters: { topics: ['contact.user.created'] },
				credentials,
			}),
			intercomNode({
				id: 'once',
				name: 'First Delivery Only',
				position: [200, 0],
				parameters: { resource: 'delivery', operation: 'passOnce' },
				credentials,
			}),
			collect('Collect', collectUrl, [400, 0]),
		],
		connections: {
			'Intercom Trigger': { main: [[{ node: 'First Delivery Only', type: 'main', index: 0 }]] },
			'First Delivery Only': { main: [[{ node: 'Collect', type: 'main', index: 0 }]] },
		},
	};
}

/** n8n's Webhook node receiving a batch of CRM contacts → one item each → Intercom › Contact › Create or Update. */
function syncWorkflow(webhookId: string) {
	return {
		id: 'queueSync',
		name: 'CRM batch into Intercom',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'hook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId,
				parameters: { httpMethod: 'POST', path: webhookId, responseMode: 'onReceived', options: {} },
			},
			splitOut('One item per contact', 'body.contacts', [200, 0]),
			intercomNode({
				id: 'upsert',
				name: 'Intercom',
				position: [400, 0],
				parameters: {
					resource: 'contact',
					operation: 'upsert',
					matchOn: 'externalId',
					externalId: '={{ $json.id }}',
					role: 'user',
					additionalFields: { email: '={{ $json.id }}@example.com' },
					requestOptions: { maxConcurrency: 10 },
				},
				credentials: intercomCredential('queueApiCred'),
			}),
		],
		connections: {
			Webhook: { main: [[{ node: 'One item per contact', type: 'main', index: 0 }]] },
			'One item per contact': { main: [[{ node: 'Intercom', type: 'main', index: 0 }]] },
		},
	};
}

/** Calls Intercom allows the app per 10-second window in the two-worker test. */
const LIMIT = 100;
const PER_BATCH = 150;

describe('queue mode: PostgreSQL, Redis, main, two workers and two webhook processors', () => {
	// One execution per worker at a time, so that the two batches run on the two workers.
	const cluster = new QueueCluster({ workers: 2, workerConcurrency: 1, webhookProcessors: 2 });
	const fake = new FakeIntercom({ token: 'queue-token', rateLimit: { limit: LIMIT, windowMs: 10_000 } });
	const syncHook = randomUUID();
	const collector = new Collector();
	const hook = randomUUID();
	const hookUrl = (processor: string) => `${cluster.url(processor)}/webhook/${hook}/webhook`;

	beforeAll(async () => {
		await collector.start();
		await fake.start();
		await cluster.prepare();
		await cluster.importJson('credentials', [
			{
				id: 'queueCred',
				name: 'Intercom app',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'unused', region: 'us', apiVersion: '2.14', clientSecret: SECRET },
			},
			{
				id: 'queueApiCred',
				name: 'Intercom (fake)',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'queue-token', region: 'custom', baseUrl: fake.url, apiVersion: '2.14' },
			},
		]);
		await cluster.importJson('workflow', [
			redeliveryWorkflow(hook, `${collector.url}/collected`),
			syncWorkflow(syncHook),
		]);
		await cluster.n8n('publish:workflow', '--id=queueRedeliveries');
		await cluster.n8n('publish:workflow', '--id=queueSync');
		await cluster.start();
		// Main registers the published workflow's webhooks in the shared database within seconds.
		for (const processor of ['webhook1', 'webhook2']) await cluster.waitForWebhook(hookUrl(processor));
	}, 600_000);

	afterAll(async () => {
		await cluster.stop();
		await collector.stop();
		await fake.stop();
	});

	it('two workers share one app’s rate limit: every contact once, no failure, near the time the limit allows', async () => {
		const batch = (name: string) =>
			Array.from({ length: PER_BATCH }, (_, index) => ({ id: `${name}-${index}` }));
		const syncUrl = (processor: string) => `${cluster.url(processor)}/webhook/${syncHook}`;
		const started = Date.now();
		// Two batches at once through both webhook processors: two executions, taken by the two workers.
		const answers = await Promise.all([
			fetch(syncUrl('webhook1'), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ contacts: batch('a') }),
			}),
			fetch(syncUrl('webhook2'), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ contacts: batch('b') }),
			}),
		]);
		expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
		await settledCount(async () => await Promise.resolve(fake.store.contacts.size), {
			atLeast: 2 * PER_BATCH,
			timeoutMs: 300_000,
		});
		const seconds = (Date.now() - started) / 1000;
		const calls = fake.requests.filter((request) => request.status !== 429);
		const allowed = (Math.ceil(calls.length / LIMIT) - 1) * 10;
		const rejected = fake.requests.filter((request) => request.status === 429).length;
		const conflicts = fake.requests.filter((request) => request.status === 409).length;
		console.log(
			`queue mode, two workers, ${2 * PER_BATCH} upserts under ${LIMIT} calls / 10 s: ${seconds.toFixed(1)} s ` +
				`(the limit allows its ${calls.length} calls in ${allowed} s, ratio ${(seconds / allowed).toFixed(2)}); ` +
				`429s drawn ${rejected}, 409s ${conflicts}, contacts ${fake.store.contacts.size}`,
		);
		expect(fake.store.contacts.size).toBe(2 * PER_BATCH);
		expect(new Set([...fake.store.contacts.values()].map((contact) => contact.external_id)).size).toBe(
			2 * PER_BATCH,
		);
		expect(conflicts).toBe(0);
		expect(fake.requests.filter((request) => request.status !== 200 && request.status !== 429)).toEqual([]);
	}, 600_000);

	it('runs every notification once: delivered to processor 1, again to processor 2, as Intercom’s retry, and after a restart', async () => {
		const messages = Array.from({ length: REDELIVERED }, (_, index) =>
			notification('contact.user.created', { type: 'contact', id: `queue-${index}` }),
		);
		const retryOf = (message: Notification) => ({ ...message, delivery_attempts: 2 });
		const answers: number[] = [];
		for (const message of messages) {
			const same = signedDelivery(message, SECRET);
			answers.push((await deliver(hookUrl('webhook1'), same)).status);
			answers.push((await deliver(hookUrl('webhook2'), same)).status);
			answers.push((await deliver(hookUrl('webhook2'), signedDelivery(retryOf(message), SECRET))).status);
		}
		await cluster.restart('webhook1');
		for (const message of messages) {
			answers.push((await deliver(hookUrl('webhook1'), signedDelivery(message, SECRET))).status);
			answers.push((await deliver(hookUrl('webhook1'), signedDelivery(retryOf(message), SECRET))).status);
		}
		expect(answers.every((status) => status === 200)).toBe(true);

		const collected = await settledCount(
			async () => await Promise.resolve(collector.items('/collected').length),
			{
				atLeast: REDELIVERED,
				stablePolls: 20,
			},
		);
		const runs = new Map<string, number>();
		for (const item of collector.items('/collected')) {
			const id = String(item.notification_id);
			runs.set(id, (runs.get(id) ?? 0) + 1);
		}
		console.log(
			`queue mode: ${messages.length} notifications × 5 deliveries (processor 1, processor 2, retry on 2, restarted 1, retry on 1): ` +
				`${collected} passed on, ${[...runs.values()].filter((count) => count > 1).length} ids more than once`,
		);
		expect(collected).toBe(REDELIVERED);
		expect([...runs.keys()].sort()).toEqual(messages.map((message) => message.id).sort());
		expect([...runs.values()].every((count) => count === 1)).toBe(true);
	}, 600_000);

	it('fuzz across both processors: 1,000 requests, 0 forged and 0 replayed runs', async () => {
		const random = seededRandom(20261130);
		const first = signatureFuzz(random, SECRET, ['contact.user.created'], { valid: 200, forged: 560 });
		const valid = first.filter((entry) => entry.message);
		const replayed = valid.slice(0, 120).map((entry) => ({ kind: 'replayed', delivery: entry.delivery }));
		const unselected = Array.from({ length: 70 }, (_, index) => ({
			kind: 'unselected topic',
			delivery: signedDelivery(
				notification('contact.lead.created', { type: 'contact', id: `lead-${index}` }),
				SECRET,
			),
		}));
		const heads = Array.from({ length: 50 }, () => ({
			kind: 'HEAD',
			delivery: undefined as Delivery | undefined,
		}));
		const collectedBefore = collector.items('/collected').length;

		const send = async ({ kind, delivery }: { kind: string; delivery?: Delivery }, index: number) => {
			const url = hookUrl(index % 2 === 0 ? 'webhook1' : 'webhook2');
			const sent = Date.now();
			const status = delivery
				? (await deliver(url, delivery)).status
				: (await fetch(url, { method: 'HEAD' })).status;
			return { kind, status, ms: Date.now() - sent };
		};
		const started = Date.now();
		const firstPass = await withConcurrency(
			[...first, ...unselected, ...heads].map((entry, index) => ({ entry, index })),
			8,
			async ({ entry, index }) => await send(entry, index),
		);
		await collector.waitFor('/collected', collectedBefore + valid.length);
		// The replays go to the other processor than their first delivery did, after it has run.
		const secondPass = await withConcurrency(
			replayed.map((entry, index) => ({ entry, index: index + 1 })),
			8,
			async ({ entry, index }) => await send(entry, index),
		);
		const seconds = (Date.now() - started) / 1000;
		const answers = [...firstPass, ...secondPass];
		const counts = countAnswers(answers);
		const collected = await settledCount(
			async () => await Promise.resolve(collector.items('/collected').length - collectedBefore),
			{ atLeast: valid.length, stablePolls: 20 },
		);
		const ids = collector
			.items('/collected')
			.slice(collectedBefore)
			.map((item) => String(item.notification_id));
		const sorted = answers.map((answer) => answer.ms).sort((a, b) => a - b);
		console.log(
			[
				`queue-mode signature fuzz: ${answers.length} requests over two webhook processors`,
				...[...counts].map(([kind, byStatus]) => `  ${kind}: ${JSON.stringify(byStatus)}`),
				`  passed on: ${collected} (valid ${valid.length}, distinct ${new Set(ids).size})`,
				`  ${seconds.toFixed(1)} s at 8 in flight; answer p50 ${sorted[Math.floor(sorted.length / 2)]} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]} ms, max ${sorted[sorted.length - 1]} ms`,
			].join('\n'),
		);

		expect(answers).toHaveLength(1000);
		expect(counts.get('valid')).toEqual({ 200: valid.length });
		for (const kind of Object.keys(forgeries)) expect(counts.get(kind)).toEqual({ 401: 70 });
		expect(counts.get('replayed')).toEqual({ 200: 120 });
		expect(counts.get('unselected topic')).toEqual({ 200: 70 });
		expect(counts.get('HEAD')).toEqual({ 200: 50 });
		expect(collected).toBe(valid.length);
		expect(ids.sort()).toEqual(valid.map((entry) => String(entry.message?.id)).sort());
	}, 600_000);
});
