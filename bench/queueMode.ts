/**
 * The Intercom Trigger in n8n's queue mode (PostgreSQL, Redis, main, a worker, two webhook processors): CPU per
 * delivery against n8n's own Webhook node in the same processor, and answer times under a sustained load, with n8n's
 * default expression engine and with the settings the README recommends.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { QueueCluster } from '../test/support/queueCluster';
import { deliver, notification, signedDelivery } from '../test/fake/webhooks';
import { intercomCredential, intercomNode, intercomTrigger } from '../test/support/nodes';

const SECRET = 'bench-client-secret';

const noOp = (id: string, x: number) => ({
	id,
	name: 'Done',
	type: 'n8n-nodes-base.noOp',
	typeVersion: 1,
	position: [x, 0],
	parameters: {},
});

/** The fast path on n8n's defaults: n8n's Webhook node (HEAD and POST, raw body) → Verify Signature → Done. */
function verifyPathWorkflow(verifyHook: string) {
	return {
		id: 'benchVerifyPath',
		name: 'Webhook node + Verify Signature',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'w',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2.1,
				position: [0, 0],
				webhookId: verifyHook,
				parameters: {
					multipleMethods: true,
					httpMethod: ['HEAD', 'POST'],
					path: verifyHook,
					responseMode: 'onReceived',
					options: { rawBody: true },
				},
			},
			intercomNode({
				id: 'v',
				name: 'Verify Signature',
				position: [200, 0],
				parameters: { resource: 'delivery', operation: 'verifySignature', topics: ['contact.user.created'] },
				credentials: intercomCredential('benchCred', 'Intercom app'),
			}),
			noOp('d', 400),
		],
		connections: {
			Webhook: { main: [[], [{ node: 'Verify Signature', type: 'main', index: 0 }]] },
			'Verify Signature': { main: [[{ node: 'Done', type: 'main', index: 0 }]] },
		},
	};
}

function workflows(intercomHook: string, plainHook: string, verifyHook: string) {
	return [
		verifyPathWorkflow(verifyHook),
		{
			id: 'benchIntercomTrigger',
			name: 'Intercom Trigger',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				intercomTrigger({
					id: 't',
					name: 'Intercom Trigger',
					position: [0, 0],
					webhookId: intercomHook,
					parameters: { topics: ['contact.user.created'] },
					credentials: intercomCredential('benchCred', 'Intercom app'),
				}),
				noOp('d', 200),
			],
			connections: { 'Intercom Trigger': { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		},
		{
			id: 'benchWebhookNode',
			name: "n8n's Webhook node",
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{
					id: 'w',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: plainHook,
					parameters: { httpMethod: 'POST', path: plainHook, responseMode: 'onReceived', options: {} },
				},
				noOp('d', 200),
			],
			connections: { Webhook: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		},
	];
}

/** User plus system CPU time of a process so far, in milliseconds (Linux `/proc/<pid>/stat`, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

const percentile = (sorted: number[], share: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];

async function withCluster(
	env: NodeJS.ProcessEnv,
	work: (cluster: QueueCluster, hooks: Hooks) => Promise<void>,
) {
	const cluster = new QueueCluster({ workers: 1, webhookProcessors: 2, env });
	const hooks = { intercom: randomUUID(), plain: randomUUID(), verify: randomUUID() };
	try {
		await cluster.prepare();
		await cluster.importJson('credentials', [
			{
				id: 'benchCred',
				name: 'Intercom app',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'unused', region: 'us', apiVersion: '2.14', clientSecret: SECRET },
			},
		]);
		await cluster.importJson('workflow', workflows(hooks.intercom, hooks.plain, hooks.verify));
		await cluster.n8n('publish:workflow', '--id=benchIntercomTrigger');
		await cluster.n8n('publish:workflow', '--id=benchWebhookNode');
		await cluster.n8n('publish:workflow', '--id=benchVerifyPath');
		await cluster.start();
		for (const processor of ['webhook1', 'webhook2']) {
			await cluster.waitForWebhook(`${cluster.url(processor)}/webhook/${hooks.intercom}/webhook`);
			await cluster.waitForWebhook(`${cluster.url(processor)}/webhook/${hooks.plain}`, 'POST');
			await cluster.waitForWebhook(`${cluster.url(processor)}/webhook/${hooks.verify}`);
		}
		await work(cluster, hooks);
	} finally {
		await cluster.stop();
	}
}

interface Hooks {
	intercom: string;
	plain: string;
	verify: string;
}

/** Where each path receives Intercom's deliveries. */
const urlOf = (base: string, hooks: Hooks, path: 'trigger' | 'verify') =>
	path === 'trigger' ? `${base}/webhook/${hooks.intercom}/webhook` : `${base}/webhook/${hooks.verify}`;

const intercomDelivery = () =>
	signedDelivery(notification('contact.user.created', { type: 'contact', id: randomUUID() }), SECRET);

/**
 * CPU of webhook processor 1 per delivery, one delivery at a time: the Intercom Trigger, n8n's Webhook node alone, and
 * the fast path (the Webhook node with a raw body, Verify Signature running on the worker).
 */
async function cpuPerDelivery(cluster: QueueCluster, hooks: Hooks, rounds: number) {
	const base = cluster.url('webhook1');
	const pid = cluster.pid('webhook1');
	const measure = async (send: () => Promise<unknown>) => {
		for (let index = 0; index < 20; index++) await send(); // warm up
		const before = cpuMs(pid);
		for (let index = 0; index < rounds; index++) await send();
		return (cpuMs(pid) - before) / rounds;
	};
	const trigger = await measure(async () => await deliver(urlOf(base, hooks, 'trigger'), intercomDelivery()));
	const plain = await measure(
		async () =>
			await fetch(`${base}/webhook/${hooks.plain}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(notification('contact.user.created', { type: 'contact', id: randomUUID() })),
			}),
	);
	const verify = await measure(async () => await deliver(urlOf(base, hooks, 'verify'), intercomDelivery()));
	return { trigger, plain, verify };
}

/** Open-loop load: a delivery every 1000/rate ms, alternating between the two processors, whatever the answers do. */
async function sustainedLoad(
	cluster: QueueCluster,
	hooks: Hooks,
	path: 'trigger' | 'verify',
	rate: number,
	seconds: number,
) {
	const total = rate * seconds;
	const times: number[] = [];
	const started = Date.now();
	const sends: Array<Promise<void>> = [];
	for (let index = 0; index < total; index++) {
		const due = started + (index * 1000) / rate;
		const wait = due - Date.now();
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		const url = urlOf(cluster.url(index % 2 === 0 ? 'webhook1' : 'webhook2'), hooks, path);
		const sent = Date.now();
		sends.push(
			deliver(url, intercomDelivery()).then(
				(answer) => {
					if (answer.status === 200) times.push(Date.now() - sent);
				},
				() => undefined,
			),
		);
	}
	await Promise.all(sends);
	const sorted = times.sort((a, b) => a - b);
	return {
		total,
		failed: total - sorted.length,
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		max: sorted[sorted.length - 1],
		overOne: sorted.filter((ms) => ms > 1000).length,
		overFive: sorted.filter((ms) => ms > 5000).length,
	};
}

/** n8n's defaults, the settings the README recommends for webhook processors, and the other knobs n8n offers. */
const SETTINGS: Array<{ name: string; env: NodeJS.ProcessEnv; load: boolean }> = [
	{ name: "n8n's defaults (expression engine vm)", env: {}, load: true },
	{ name: 'recommended: N8N_EXPRESSION_ENGINE=legacy', env: { N8N_EXPRESSION_ENGINE: 'legacy' }, load: true },
	{
		name: 'vm, N8N_EXPRESSION_ENGINE_POOL_SIZE=4',
		env: { N8N_EXPRESSION_ENGINE_POOL_SIZE: '4' },
		load: false,
	},
	{
		name: 'vm, N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true',
		env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' },
		load: false,
	},
];

const loadLine = (
	label: string,
	rate: number,
	seconds: number,
	answers: Awaited<ReturnType<typeof sustainedLoad>>,
) =>
	`  ${label}, ${rate} deliveries/s for ${seconds} s over two processors: ${answers.failed} of ${answers.total} ` +
	`not answered 200; answered: p50 ${answers.p50} ms, p95 ${answers.p95} ms, max ${answers.max} ms, ` +
	`${answers.overOne} over 1 s, ${answers.overFive} over 5 s`;

export async function queueWebhooks(rate = 20, seconds = 60): Promise<void> {
	for (const { name, env, load } of SETTINGS) {
		await withCluster(env, async (cluster, hooks) => {
			const cpu = await cpuPerDelivery(cluster, hooks, 100);
			console.log(
				`Queue mode, ${name}: CPU per delivery in a webhook processor: Intercom Trigger ${cpu.trigger.toFixed(1)} ms ` +
					`(×${(cpu.trigger / cpu.plain).toFixed(2)}), n8n's Webhook node ${cpu.plain.toFixed(1)} ms, ` +
					`Webhook node + Verify Signature ${cpu.verify.toFixed(1)} ms (×${(cpu.verify / cpu.plain).toFixed(2)})`,
			);
			if (!load) return;
			console.log(
				loadLine(
					'Intercom Trigger',
					rate,
					seconds,
					await sustainedLoad(cluster, hooks, 'trigger', rate, seconds),
				),
			);
			console.log(
				loadLine(
					'Webhook node + Verify Signature',
					rate,
					seconds,
					await sustainedLoad(cluster, hooks, 'verify', rate, seconds),
				),
			);
		});
	}
}
