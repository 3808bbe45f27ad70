/**
 * Memory of large lists in a real n8n: Return All against the export example (Page by Page through a sub-workflow per
 * page into PostgreSQL), each size in a fresh `n8n start`, peak RSS of that process sampled from /proc.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { N8nCli, ROOT } from '../test/support/n8nCli';
import { PostgresServer } from '../test/support/postgres';
import { FakeIntercom } from '../test/fake/server';
import { intercomCredential, intercomNode } from '../test/support/nodes';

const TOKEN = 'bench-token';

const exampleWorkflow = () =>
	JSON.parse(readFileSync(path.join(ROOT, 'examples/export-all-contacts.json'), 'utf8')) as object;

const returnAllWorkflow = {
	id: 'benchReturnAll',
	name: 'Return All contacts',
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'manual',
			name: 'Run now',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		intercomNode({
			id: 'all',
			name: 'All contacts',
			position: [240, 0],
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
			credentials: intercomCredential('intercomCredential', 'Intercom'),
		}),
	],
	connections: { 'Run now': { main: [[{ node: 'All contacts', type: 'main', index: 0 }]] } },
};

function rssOf(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

interface Measured {
	status: string;
	seconds: number;
	peakRss: number;
	idleRss: number;
}

/**
 * Starts `workflowId` from "Run now" in a fresh `n8n start` through the REST API and samples the process's RSS until
 * the execution ends; a process that dies on the way (heap out of memory) is reported as crashed.
 */
async function runFresh(cli: N8nCli, workflowId: string): Promise<Measured> {
	const server = await cli.startServer();
	const pid = cli.serverPid as number;
	const idleRss = rssOf(pid);
	let peakRss = idleRss;
	const sampler = setInterval(() => {
		try {
			peakRss = Math.max(peakRss, rssOf(pid));
		} catch {
			// The process has gone.
		}
	}, 50);
	const started = Date.now();
	try {
		const { executionId } = await server.post<{ executionId: string }>(`/rest/workflows/${workflowId}/run`, {
			triggerToStartFrom: { name: 'Run now' },
		});
		for (;;) {
			const { data } = await server.get<{ data: { status: string } }>(`/rest/executions/${executionId}`);
			if (!['new', 'running', 'waiting'].includes(data.status)) {
				return { status: data.status, seconds: (Date.now() - started) / 1000, peakRss, idleRss };
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	} catch {
		return { status: 'crashed', seconds: (Date.now() - started) / 1000, peakRss, idleRss };
	} finally {
		clearInterval(sampler);
		await cli.stopServer();
	}
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const cell = (run: Measured) =>
	`${run.status} ${mb(run.peakRss)} (idle ${mb(run.idleRss)}), ${run.seconds.toFixed(0)} s`;

/**
 * The same runs with n8n's default heap (V8 lets garbage grow the heap while the machine has memory to spare) and
 * with a capped heap, as on a small VPS (`NODE_OPTIONS=--max-old-space-size=<MB>`), where only what is retained counts.
 */
export async function exportMemory(sizes: number[], heapCaps: Array<number | undefined>): Promise<void> {
	const fake = await new FakeIntercom({ token: TOKEN }).start();
	const postgres = new PostgresServer();
	await postgres.start();
	try {
		for (const heapCap of heapCaps) {
			const cli = new N8nCli();
			try {
				await cli.setUp(heapCap ? { NODE_OPTIONS: `--max-old-space-size=${heapCap}` } : {});
				await cli.importJson('credentials', [
					{
						id: 'intercomCredential',
						name: 'Intercom',
						type: 'intercomAccessTokenApi',
						data: { accessToken: TOKEN, region: 'custom', baseUrl: fake.url, apiVersion: '2.14' },
					},
					postgres.credential(),
				]);
				await cli.importJson('workflow', [exampleWorkflow(), returnAllWorkflow]);
				const heap = heapCap ? `heap capped at ${heapCap} MB` : "n8n's default heap";
				console.log(
					`Large lists in a real n8n ${cli.runtime.major}.x (SQLite, regular mode), ${heap}: peak RSS of the n8n process, each run in a fresh process`,
				);
				console.log(
					'  contacts | Return All: peak RSS, time           | export example (Page by Page): peak RSS, time, rows',
				);
				let returnAllCrashed = false;
				for (const size of sizes) {
					fake.reset();
					fake.store.seedContacts(size);
					await postgres.query('DROP TABLE IF EXISTS intercom_contacts, intercom_export_state');
					const all: Measured | undefined = returnAllCrashed
						? undefined
						: await runFresh(cli, 'benchReturnAll');
					returnAllCrashed ||= all?.status === 'crashed';
					const exported = await runFresh(cli, 'exampleExportContacts');
					const [rows] = await postgres.query('SELECT count(*) FROM intercom_contacts').catch(() => ['0']);
					console.log(
						`  ${String(size).padStart(8)} | ${(all ? cell(all) : 'not run: crashed at a smaller size').padEnd(36)} | ${cell(exported)}, ${rows} rows`,
					);
				}
			} finally {
				await cli.stopServer();
				cli.tearDown();
			}
		}
	} finally {
		await postgres.stop();
		await fake.stop();
	}
}
