/**
 * Memory of large lists in a real n8n: Return All against the export example (Page by Page through a sub-workflow per
 * page into PostgreSQL), each size in a fresh `n8n start`, peak RSS of that process sampled from /proc.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { N8nCli, ROOT } from '../test/e2e/n8nCli';
import type { N8nServer } from '../test/e2e/n8nCli';
import { PostgresServer } from '../test/e2e/postgres';
import { FakeIntercom } from '../test/fake/server';

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
		{
			id: 'all',
			name: 'All contacts',
			type: 'n8n-nodes-intercom.intercom',
			typeVersion: 1,
			position: [240, 0],
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
			credentials: { intercomAccessTokenApi: { id: 'intercomCredential', name: 'Intercom' } },
		},
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

/** Starts `workflowId` from "Run now" through the REST API and samples the server's RSS until it ends. */
async function measure(cli: N8nCli, server: N8nServer, workflowId: string): Promise<Measured> {
	const pid = cli.serverPid as number;
	const idleRss = rssOf(pid);
	let peakRss = idleRss;
	const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(pid))), 50);
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
	} finally {
		clearInterval(sampler);
	}
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export async function exportMemory(sizes: number[]): Promise<void> {
	const fake = await new FakeIntercom({ token: TOKEN }).start();
	const postgres = new PostgresServer();
	await postgres.start();
	const cli = new N8nCli();
	try {
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'intercomCredential',
				name: 'Intercom',
				type: 'intercomAccessTokenApi',
				data: { accessToken: TOKEN, region: 'custom', baseUrl: fake.url, apiVersion: '2.14' },
			},
			{
				id: 'postgresCredential',
				name: 'PostgreSQL',
				type: 'postgres',
				data: {
					host: '127.0.0.1',
					port: postgres.port,
					database: 'postgres',
					user: 'postgres',
					password: '',
					ssl: 'disable',
				},
			},
		]);
		await cli.importJson('workflow', [exampleWorkflow(), returnAllWorkflow]);
		console.log(
			`Large lists in a real n8n (${cli.runtime.major}.x, SQLite, regular mode): peak RSS of the n8n process, each run in a fresh process`,
		);
		console.log(
			'  contacts | Return All: peak RSS, s        | Page by Page export: peak RSS, s, rows in PostgreSQL',
		);
		for (const size of sizes) {
			fake.reset();
			fake.store.seedContacts(size);
			await postgres.query('DROP TABLE IF EXISTS intercom_contacts, intercom_export_state');
			const runFresh = async (workflowId: string) => {
				const server = await cli.startServer();
				try {
					return await measure(cli, server, workflowId);
				} finally {
					await cli.stopServer();
				}
			};
			const all = await runFresh('benchReturnAll');
			const exported = await runFresh('exampleExportContacts');
			const [rows] = await postgres.query('SELECT count(*) FROM intercom_contacts');
			console.log(
				`  ${String(size).padStart(8)} | ${all.status} ${mb(all.peakRss).padStart(8)} (idle ${mb(all.idleRss)}), ${all.seconds.toFixed(0)} s | ${exported.status} ${mb(exported.peakRss).padStart(8)} (idle ${mb(exported.idleRss)}), ${exported.seconds.toFixed(0)} s, ${rows} rows`,
			);
		}
	} finally {
		await cli.stopServer();
		cli.tearDown();
		await postgres.stop();
		await fake.stop();
	}
}
