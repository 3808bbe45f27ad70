/**
 * npm run bench: the node against the fake Intercom, through n8n-core's WorkflowExecute, in one run.
 * Prints calls, times and memory; nothing here asserts, the figures are for the README.
 */
import type { INodeParameters } from 'n8n-workflow';

import { randomUUID } from 'node:crypto';

import { hasValidSignature } from '../nodes/Intercom/webhooks/signature';
import { N8nCli } from '../test/support/n8nCli';
import { loadSpec } from '../test/fake/openapi';
import { exportMemory } from './largeWorkspace';
import { queueWebhooks } from './queueMode';
import type { FakeIntercomOptions } from '../test/fake/server';
import { FakeIntercom } from '../test/fake/server';
import { FakeProcess } from './fakeProcess';
import type { Delivery } from '../test/fake/webhooks';
import { deliver, notification, signatureOf, signedDelivery } from '../test/fake/webhooks';
import { pollingWorkflow, runIntercom, tokenCredentials } from '../test/harness/runWorkflow';
import { intercomCredential, intercomTrigger } from '../test/support/nodes';

const upsert = (maxConcurrency: number): INodeParameters => ({
	resource: 'contact',
	operation: 'upsert',
	matchOn: 'externalId',
	externalId: '={{ $json.id }}',
	role: 'user',
	additionalFields: { email: '={{ $json.id }}@example.com' },
	requestOptions: { maxConcurrency },
});

const items = (count: number, prefix: string) =>
	Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index}` }));

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
	const started = process.hrtime.bigint();
	const result = await work();
	return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * `work` timed, with the heap's peak above what was in use before it. The fake shares this process: its OpenAPI
 * description is loaded before the baseline, not during the run.
 */
async function timedWithHeap<T>(
	work: () => Promise<T>,
): Promise<{ result: T; seconds: number; heapPeak: number }> {
	loadSpec('2.14');
	gc();
	const baseline = process.memoryUsage().heapUsed;
	let peak = baseline;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
	try {
		return { ...(await timed(work)), heapPeak: peak - baseline };
	} finally {
		clearInterval(sampler);
	}
}

async function withFake<T>(
	options: ConstructorParameters<typeof FakeIntercom>[0],
	work: (fake: FakeIntercom) => Promise<T>,
) {
	const fake = await new FakeIntercom(options).start();
	try {
		return await work(fake);
	} finally {
		await fake.stop();
	}
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gc = () => (global as { gc?: () => void }).gc?.();

async function returnAll(): Promise<void> {
	await withFake({}, async (fake) => {
		fake.store.seedContacts(10_000);
		const { result, seconds, heapPeak } = await timedWithHeap(
			async () =>
				await runIntercom({
					parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
					credentials: tokenCredentials(fake.url, fake.token),
				}),
		);
		const calls = fake.calls('GET', '/contacts').length;
		console.log(
			`Return All, 10,000 contacts: ${result.items.length} items, ${calls} list calls (goal ${Math.ceil(10_000 / 150)}), ${seconds.toFixed(2)} s`,
		);
		console.log(
			`  heap while paging: peak ${mb(heapPeak)} above the seeded baseline (output of 10,000 items included)`,
		);
	});
}

/**
 * Return All over `count` contacts, then conversations, at `latencyMs`: one cursor against parallel streams; then
 * contacts under a rate limit. The fake runs in its own process here: its searches over thousands of records are
 * Intercom's work, not the node's.
 */
async function parallelStreams(count: number, latencyMs: number): Promise<void> {
	const returnAll = async (fake: FakeProcess, resource: string, streams: number) =>
		await runIntercom({
			parameters: { resource, operation: 'getAll', returnAll: true, streams },
			credentials: tokenCredentials(fake.url, fake.token),
		});
	const withFakeProcess = async <T>(
		options: FakeIntercomOptions,
		kind: 'contacts' | 'conversations',
		work: (fake: FakeProcess) => Promise<T>,
	) => {
		const fake = await new FakeProcess().start(options);
		try {
			await fake.seedSpread(count, kind);
			return await work(fake);
		} finally {
			await fake.stop();
		}
	};
	for (const [resource, kind, key] of [
		['contact', 'contacts', 'email'],
		['conversation', 'conversations', 'title'],
	] as const) {
		let oneCursor = 0;
		let reference = '';
		for (const streams of [1, 2, 5, 10, 20]) {
			await withFakeProcess({ latencyMs }, kind, async (fake) => {
				const { result, seconds } = await timed(async () => await returnAll(fake, resource, streams));
				const records = result.items
					.map((item) => String(item.json[key]))
					.sort()
					.join();
				if (streams === 1) {
					oneCursor = seconds;
					reference = records;
				}
				const same =
					streams === 1 ? 'reference' : records === reference ? 'same records' : 'DIFFERENT records';
				const { calls, maxInFlight } = await fake.stats();
				console.log(
					`Return All, ${count} ${kind}, ${latencyMs} ms latency, Parallel Streams ${String(streams).padStart(2)}: ${seconds.toFixed(1)} s, ×${(oneCursor / seconds).toFixed(1)}, ${result.items.length} items (${same}), ${calls} calls, peak in flight ${maxInFlight}`,
				);
			});
		}
	}
	const limit = { limit: 20, windowMs: 2_000 };
	await withFakeProcess({ latencyMs, rateLimit: limit }, 'contacts', async (fake) => {
		const startedMs = Date.now();
		const { result, seconds } = await timed(async () => await returnAll(fake, 'contact', 10));
		const { calls, tooMany } = await fake.stats();
		// The fake's windows start on whole seconds: the last of ⌈calls / limit⌉ windows opens (windows − 1) × window
		// after the first one, and its first call takes one latency.
		const firstWindowMs = Math.floor(startedMs / 1000) * 1000;
		const lastWindowMs = firstWindowMs + (Math.ceil(calls / limit.limit) - 1) * limit.windowMs;
		const allowed = (lastWindowMs - startedMs + latencyMs) / 1000;
		console.log(
			`  contacts under a limit of ${limit.limit} calls / ${limit.windowMs / 1000} s, 10 streams: ${result.items.length} items, ${calls} calls in ${seconds.toFixed(1)} s where the limit allows ${allowed.toFixed(1)} s (×${(seconds / allowed).toFixed(2)}), ${tooMany} × 429`,
		);
	});
}

async function upsertCalls(count: number): Promise<void> {
	await withFake({}, async (fake) => {
		const input = items(count, 'calls');
		await runIntercom({
			parameters: upsert(5),
			items: input,
			credentials: tokenCredentials(fake.url, fake.token),
		});
		const newCalls = fake.requests.length;
		fake.requests.length = 0;
		await runIntercom({
			parameters: upsert(5),
			items: input,
			credentials: tokenCredentials(fake.url, fake.token),
		});
		const existingCalls = fake.requests.length;
		console.log(
			`Upsert ${count} new contacts: ${newCalls} calls (goal ${count}); the same ${count} again: ${existingCalls} calls (goal ${2 * count}); contacts stored: ${fake.store.contacts.size}`,
		);
	});
}

async function concurrency(count: number, latencyMs: number): Promise<void> {
	let sequential = 0;
	for (const maxConcurrency of [1, 5, 10]) {
		await withFake({ latencyMs }, async (fake) => {
			const { result, seconds } = await timed(
				async () =>
					await runIntercom({
						parameters: upsert(maxConcurrency),
						items: items(count, 'speed'),
						credentials: tokenCredentials(fake.url, fake.token),
					}),
			);
			if (maxConcurrency === 1) sequential = seconds;
			const errors = result.items.filter((item) => item.json.error).length;
			console.log(
				`Upsert ${count} contacts, ${latencyMs} ms latency, Max Concurrent Requests ${String(maxConcurrency).padStart(2)}: ${seconds.toFixed(1)} s, speed-up ×${(sequential / seconds).toFixed(1)}, failed ${errors}, peak in flight ${fake.maxInFlight}`,
			);
		});
	}
}

async function underRateLimit(count: number, limit: number): Promise<void> {
	const windowMs = 10_000;
	await withFake({ rateLimit: { limit, windowMs }, latencyMs: 20 }, async (fake) => {
		const { result, seconds } = await timed(
			async () =>
				await runIntercom({
					parameters: upsert(10),
					items: items(count, 'limited'),
					credentials: tokenCredentials(fake.url, fake.token),
				}),
		);
		const allowed = ((count - limit) / limit) * (windowMs / 1000);
		const failed = result.items.filter((item) => item.json.error).length + (result.error ? count : 0);
		const rejected = fake.requests.filter((request) => request.status === 429).length;
		const duplicates = fake.requests.filter((request) => request.status === 409).length;
		console.log(
			`Upsert ${count} new contacts under ${limit} calls / 10 s, Max Concurrent Requests 10: ${seconds.toFixed(1)} s; ` +
				`the limit allows it in ${allowed.toFixed(1)} s (ratio ${(seconds / allowed).toFixed(2)}, goal ≤ 1.1); ` +
				`failed ${failed}, 429s drawn ${rejected}, duplicates ${duplicates}, contacts stored ${fake.store.contacts.size}`,
		);
	});
}

/** Data Event › Track for `count` items under an enforced limit: every event stored once, none lost. */
async function trackEvents(count: number, limit: number): Promise<void> {
	const windowMs = 10_000;
	await withFake({ rateLimit: { limit, windowMs }, latencyMs: 20 }, async (fake) => {
		fake.store.seedContacts(100, 'tracked');
		// 20 answers lost after Intercom stored the event: the node repeats those, Intercom keeps one of each.
		fake.inject({ kind: 'status500', method: 'POST', path: /^\/events$/, times: 20, afterEffect: true });
		const firstSecond = 1_714_557_600;
		const { result, seconds } = await timed(
			async () =>
				await runIntercom({
					parameters: {
						resource: 'dataEvent',
						operation: 'track',
						eventName: 'ordered-item',
						contact: { __rl: true, mode: 'externalId', value: '={{ $json.contact }}' },
						createdAt: '={{ $json.at }}',
						metadata: { entry: [{ key: 'order_id', type: 'text', value: '={{ $json.order }}' }] },
						requestOptions: { maxConcurrency: 25 },
					},
					items: Array.from({ length: count }, (_, index) => ({
						contact: `tracked-${index % 100}`,
						at: firstSecond + index,
						order: `ORD-${index}`,
					})),
					credentials: tokenCredentials(fake.url, fake.token),
				}),
		);
		// Every call counts toward the limit, repeats too: it lets `calls` through in this many whole windows after the first.
		const calls = fake.requests.filter((request) => request.status !== 429).length;
		const allowed = (Math.ceil(calls / limit) - 1) * (windowMs / 1000);
		const failed = result.items.filter((item) => item.json.error).length + (result.error ? count : 0);
		const stored = fake.store.events.length;
		const orders = new Set(
			fake.store.events.map((event) => (event.metadata as { order_id: string }).order_id),
		);
		console.log(
			`Track ${count} events under ${limit} calls / 10 s, Max Concurrent Requests 25: ${seconds.toFixed(1)} s; ` +
				`the limit allows its ${calls} calls in ${allowed.toFixed(1)} s (ratio ${(seconds / allowed).toFixed(2)}, goal ≤ 1.1); ` +
				`failed ${failed}, 429s drawn ${fake.requests.filter((request) => request.status === 429).length}, ` +
				`events stored ${stored} (lost ${count - orders.size}, duplicated ${stored - orders.size}), ` +
				`submissions ${fake.store.eventSubmissions} (20 answers lost after the event was stored, so repeated)`,
		);
	});
}

/** Article › Get Many with Return All over a help center of `count` articles, by numbered pages. */
async function articlesReturnAll(count: number): Promise<void> {
	await withFake({}, async (fake) => {
		for (let index = 0; index < count; index++) {
			fake.store.addArticle({
				title: `Article ${index}`,
				body: `<p>${'Lorem ipsum '.repeat(40)}</p>`,
				updated_at: index,
			});
		}
		const { result, seconds, heapPeak } = await timedWithHeap(
			async () =>
				await runIntercom({
					parameters: { resource: 'article', operation: 'getAll', returnAll: true },
					credentials: tokenCredentials(fake.url, fake.token),
				}),
		);
		const distinct = new Set(result.items.map((item) => item.json.id)).size;
		console.log(
			`Article Get Many, Return All over ${count} articles: ${result.items.length} items (${distinct} distinct) in ` +
				`${seconds.toFixed(2)} s, ${fake.calls('GET', '/articles').length} calls of 50, heap peak +${mb(heapPeak)}`,
		);
	});
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function pollBacklog(count: number): Promise<void> {
	await withFake({}, async (fake) => {
		const trigger = pollingWorkflow(
			{ event: 'conversationUpdated', options: { sampleSize: 0 } },
			tokenCredentials(fake.url, fake.token),
		);
		await trigger.poll();
		for (let index = 0; index < count; index++) fake.store.addConversation({ updated_at: nowSeconds() });
		fake.requests.length = 0;
		const { result, seconds, heapPeak } = await timedWithHeap(async () => await trigger.poll());
		const calls = fake.requests.length;
		fake.requests.length = 0;
		const again = await timed(async () => await trigger.poll());
		console.log(
			`Polling Trigger, ${count} conversations changed between two polls: ${result?.length ?? 0} emitted, ${calls} search calls (goal ${Math.ceil(count / 150)}), ${seconds.toFixed(2)} s, heap peak ${mb(heapPeak)}`,
		);
		console.log(
			`  next poll (the same ${count} inside the 5-minute overlap): ${again.result?.length ?? 0} emitted, ${fake.requests.length} calls, ${again.seconds.toFixed(2)} s`,
		);
	});
}

async function pollContacts(total: number, changed: number): Promise<void> {
	await withFake({}, async (fake) => {
		const contacts = fake.store.seedContacts(total);
		for (const contact of contacts) contact.updated_at = nowSeconds() - 6 * 3600;
		const trigger = pollingWorkflow(
			{ event: 'contactUpdated', options: { sampleSize: 0 } },
			tokenCredentials(fake.url, fake.token),
		);
		await trigger.poll();
		for (const contact of contacts.slice(0, changed)) contact.updated_at = nowSeconds();
		fake.requests.length = 0;
		const { result, seconds } = await timed(async () => await trigger.poll());
		console.log(
			`Polling Trigger, contacts: ${changed} of ${total} changed today: ${result?.length ?? 0} emitted, ${fake.requests.length} search calls (newest first, stops at the first older one; reading the whole day would take ${Math.ceil(total / 150)}), ${seconds.toFixed(2)} s`,
		);
	});
}

function signatureCost(): void {
	const secret = 'bench-secret';
	for (const size of [5_000, 2_000_000]) {
		const body = Buffer.from(
			JSON.stringify(notification('conversation.admin.replied', { id: '1', body: 'x'.repeat(size) })),
		);
		const header = signatureOf(body, secret);
		const rounds = size > 100_000 ? 200 : 20_000;
		const started = process.hrtime.bigint();
		for (let round = 0; round < rounds; round++) hasValidSignature(body, header, secret);
		const microseconds = Number(process.hrtime.bigint() - started) / 1e3 / rounds;
		console.log(
			`Intercom Trigger, verifying the signature of a ${(body.length / 1024).toFixed(0)} KB notification: ${microseconds.toFixed(1)} µs`,
		);
	}
}

/** One workflow each: n8n's own Webhook node, and the Intercom Trigger, both into a No Operation node. */
function latencyWorkflows(intercomHook: string, plainHook: string) {
	const noOp = {
		id: 'noop',
		name: 'Done',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [200, 0],
		parameters: {},
	};
	const into = (from: string) => ({ [from]: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } });
	return [
		{
			id: 'benchIntercom',
			name: 'Intercom Trigger',
			settings: { executionOrder: 'v1' },
			nodes: [
				intercomTrigger({
					id: 'trigger',
					name: 'Intercom Trigger',
					position: [0, 0],
					webhookId: intercomHook,
					parameters: { topics: ['contact.user.created'] },
					credentials: intercomCredential('benchCred', 'Intercom app'),
				}),
				noOp,
			],
			connections: into('Intercom Trigger'),
		},
		{
			id: 'benchWebhook',
			name: 'Webhook',
			settings: { executionOrder: 'v1' },
			nodes: [
				{
					id: 'webhook',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: plainHook,
					parameters: { httpMethod: 'POST', path: 'bench-plain', options: {} },
				},
				noOp,
			],
			connections: into('Webhook'),
		},
	];
}

async function webhookLatency(rounds: number): Promise<void> {
	const cli = new N8nCli();
	const secret = 'bench-secret';
	const intercomHook = randomUUID();
	try {
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'benchCred',
				name: 'Intercom app',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'x', clientSecret: secret },
			},
		]);
		await cli.importJson('workflow', latencyWorkflows(intercomHook, randomUUID()));
		await cli.n8n('publish:workflow', '--id=benchIntercom');
		await cli.n8n('publish:workflow', '--id=benchWebhook');
		const server = await cli.startServer();
		const intercomUrl = `${server.baseUrl}/webhook/${intercomHook}/webhook`;
		while ((await fetch(intercomUrl, { method: 'HEAD' })).status === 404) await sleepMs(250);
		const perRequest = async (url: string, make: () => Delivery) => {
			const started = Date.now();
			for (let round = 0; round < rounds; round++) await deliver(url, make());
			return ((Date.now() - started) / rounds).toFixed(0);
		};
		const plain = await perRequest(`${server.baseUrl}/webhook/bench-plain`, () => ({ body: '{"a":1}' }));
		const started = await perRequest(intercomUrl, () =>
			signedDelivery(notification('contact.user.created', { id: '1' }), secret),
		);
		const skipped = await perRequest(intercomUrl, () =>
			signedDelivery(notification('contact.lead.created', { id: '1' }), secret),
		);
		const forged = await perRequest(intercomUrl, () =>
			signedDelivery(notification('contact.user.created', { id: '1' }), 'forger'),
		);
		console.log(
			`Real n8n 2.40.7, ${rounds} deliveries one after another, ms per answer: n8n's Webhook node (starts an execution) ${plain}; Intercom Trigger: started ${started}, unselected topic ${skipped}, forged ${forged}`,
		);
	} finally {
		cli.tearDown();
	}
}

async function conversationSearch(count: number): Promise<void> {
	await withFake({}, async (fake) => {
		for (let index = 0; index < count; index++) fake.store.addConversation({ state: 'open' });
		const { result, seconds } = await timed(
			async () =>
				await runIntercom({
					parameters: {
						resource: 'conversation',
						operation: 'search',
						queryMode: 'builder',
						filterGroups: {
							group: [
								{
									combine: 'AND',
									conditions: { condition: [{ field: 'state', operator: 'equals', value: 'open' }] },
								},
							],
						},
						returnAll: true,
					},
					credentials: tokenCredentials(fake.url, fake.token),
				}),
		);
		const calls = fake.calls('POST', '/conversations/search').length;
		console.log(
			`Conversation Search, Return All over ${count} matches: ${result.items.length} items, ${calls} search calls (goal ${Math.ceil(count / 150)}), ${seconds.toFixed(2)} s`,
		);
	});
}

async function replies(count: number, latencyMs: number): Promise<void> {
	let sequential = 0;
	for (const maxConcurrency of [1, 10]) {
		await withFake({ latencyMs }, async (fake) => {
			const conversations = Array.from({ length: count }, () => fake.store.addConversation());
			const { result, seconds } = await timed(
				async () =>
					await runIntercom({
						parameters: {
							resource: 'conversation',
							operation: 'reply',
							conversation: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
							replyAs: 'admin',
							messageType: 'comment',
							body: 'Thanks, we are on it.',
							requestOptions: { maxConcurrency },
						},
						items: conversations.map((conversation) => ({ id: conversation.id })),
						credentials: tokenCredentials(fake.url, fake.token),
					}),
			);
			if (maxConcurrency === 1) sequential = seconds;
			const failed = result.items.filter((item) => item.json.error).length + (result.error ? 1 : 0);
			console.log(
				`Reply to ${count} conversations, ${latencyMs} ms latency, Max Concurrent Requests ${String(maxConcurrency).padStart(2)}: ${seconds.toFixed(1)} s, speed-up ×${(sequential / seconds).toFixed(1)}, failed ${failed}, GET /me calls ${fake.calls('GET', '/me').length}, replies sent ${fake.calls('POST', /\/reply$/).length}`,
			);
		});
	}
}

const sleepMs = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/** Every figure, by name; `npm run bench -- <name> …` prints only those named. */
const figures: Record<string, () => Promise<void> | void> = {
	returnAll,
	parallelStreams: async () => await parallelStreams(10_000, 100),
	upsertCalls: async () => await upsertCalls(500),
	concurrency: async () => await concurrency(1_000, 100),
	underRateLimit: async () => await underRateLimit(1_000, 250),
	pollBacklog: async () => await pollBacklog(10_000),
	pollContacts: async () => await pollContacts(10_000, 100),
	conversationSearch: async () => await conversationSearch(5_000),
	replies: async () => await replies(1_000, 100),
	trackEvents: async () => await trackEvents(10_000, 2_000),
	articlesReturnAll: async () => await articlesReturnAll(1_200),
	signatureCost,
	webhookLatency: async () => await webhookLatency(100),
	queueWebhooks: async () => await queueWebhooks(20, 60),
	// BENCH_EXPORT_SIZES=10000,50000 measures other sizes.
	exportMemory: async () =>
		await exportMemory(
			(process.env.BENCH_EXPORT_SIZES ?? '10000,50000,100000,200000').split(',').map(Number),
			[undefined, 768],
		),
};

async function main(): Promise<void> {
	process.env.N8N_LOG_LEVEL = 'silent';
	console.log(`n8n-nodes-intercom benchmark (node ${process.version}, fake Intercom on 127.0.0.1)\n`);
	const chosen = process.argv.slice(2);
	const unknown = chosen.filter((name) => !(name in figures));
	if (unknown.length > 0)
		throw new Error(`No figure named ${unknown.join(', ')}; known: ${Object.keys(figures).join(', ')}`);
	for (const [name, figure] of Object.entries(figures)) {
		if (chosen.length === 0 || chosen.includes(name)) await figure();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
