import { readFileSync } from 'node:fs';
import path from 'node:path';

import { FakeIntercom } from '../fake/server';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli, ROOT } from '../support/n8nCli';
import { PostgresServer } from '../support/postgres';
import { until } from '../support/waiting';

const TOKEN = 'export-token';
const WORKFLOW_ID = 'exampleExportContacts';
const workflow = JSON.parse(
	readFileSync(path.join(ROOT, 'examples/export-all-contacts.json'), 'utf8'),
) as object;

interface Execution {
	id: string;
	status: string;
	finished: boolean;
}

/** Runs the example from its "Run now" trigger through n8n's REST API, as the editor does, until it ends. */
async function runExport(server: N8nServer): Promise<Execution> {
	const { executionId } = await server.post<{ executionId: string }>(`/rest/workflows/${WORKFLOW_ID}/run`, {
		triggerToStartFrom: { name: 'Run now' },
	});
	let execution: Execution | undefined;
	await until(
		async () => {
			execution = (await server.get<{ data: Execution }>(`/rest/executions/${executionId}`)).data;
			return !['new', 'running', 'waiting'].includes(execution.status);
		},
		'the export did not end',
		240_000,
	);
	return execution as Execution;
}

describe('the export example: every contact into PostgreSQL, page by page, in a real n8n', () => {
	const fake = new FakeIntercom({ token: TOKEN });
	const postgres = new PostgresServer();
	const cli = new N8nCli();
	let server: N8nServer;

	const tableRows = async () =>
		(await postgres.query('SELECT id, email FROM intercom_contacts ORDER BY id')).map((row) => {
			const [id, email] = row.split('|');
			return { id, email };
		});
	const contactListCalls = () => fake.calls('GET', '/contacts');

	beforeAll(async () => {
		await Promise.all([fake.start(), postgres.start()]);
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'intercomCredential',
				name: 'Intercom',
				type: 'intercomAccessTokenApi',
				data: { accessToken: TOKEN, region: 'custom', baseUrl: fake.url, apiVersion: '2.14' },
			},
			postgres.credential(),
		]);
		await cli.importJson('workflow', [workflow]);
		server = await cli.startServer();
	}, 300_000);

	afterAll(async () => {
		await cli.stopServer();
		cli.tearDown();
		await Promise.all([fake.stop(), postgres.stop()]);
	});

	it('resumes from the stored cursor after a failure, writes each contact once, and picks up changes on the next run', async () => {
		const seeded = fake.store.seedContacts(1_000);

		// The fourth page fails: three pages are stored with the cursor of the fourth.
		fake.inject({
			kind: 'status422',
			method: 'GET',
			path: /^\/contacts$/,
			skip: 3,
			times: 1,
			error: { code: 'parameter_invalid', message: 'Something went wrong' },
		});
		const failed = await runExport(server);
		expect(failed.status).toBe('error');
		expect(await tableRows()).toHaveLength(450);
		const [stored] = await postgres.query(
			"SELECT cursor IS NOT NULL, pages FROM intercom_export_state WHERE export = 'contacts'",
		);
		expect(stored).toBe('t|3');

		// While the pass is unfinished: new contacts, contacts already exported changed, contacts not yet exported changed.
		const added = Array.from({ length: 5 }, (_, index) =>
			fake.store.addContact({ external_id: `new-${index}`, email: `new-${index}@example.com` }),
		);
		const changeEmail = (index: number) => {
			const contact = fake.store.contacts.get(seeded[index].id);
			if (!contact) throw new Error('seeded contact missing');
			contact.email = `changed-${index}@example.com`;
			contact.updated_at = Math.floor(Date.now() / 1000) + 1;
		};
		const exportedThenChanged = [0, 1, 2, 3, 4];
		const changedBeforeExport = [900, 901, 902];
		[...exportedThenChanged, ...changedBeforeExport].forEach(changeEmail);

		fake.requests.length = 0;
		const resumed = await runExport(server);
		expect(resumed.status).toBe('success');
		// It went on from the fourth page, not from the first.
		expect(contactListCalls()[0].query.starting_after).toEqual(expect.any(String));
		// 555 contacts left from the fourth page on: 4 pages of up to 150.
		expect(contactListCalls()).toHaveLength(4);
		const afterPass = await tableRows();
		const expectedIds = [...seeded, ...added].map((contact) => contact.id).sort();
		expect(afterPass.map((row) => row.id)).toEqual(expectedIds);
		const emailOf = (rows: typeof afterPass, id: string) => rows.find((row) => row.id === id)?.email;
		for (const index of changedBeforeExport) {
			expect(emailOf(afterPass, seeded[index].id)).toBe(`changed-${index}@example.com`);
		}
		// Changed after their page was stored: still the old email, until the next run.
		for (const index of exportedThenChanged) {
			expect(emailOf(afterPass, seeded[index].id)).toBe(`seed-${index}@example.com`);
		}

		fake.requests.length = 0;
		const incremental = await runExport(server);
		expect(incremental.status).toBe('success');
		expect(contactListCalls()).toHaveLength(0);
		expect(fake.calls('POST', '/contacts/search').length).toBeGreaterThan(0);
		const afterIncremental = await tableRows();
		expect(afterIncremental.map((row) => row.id)).toEqual(expectedIds);
		for (const index of exportedThenChanged) {
			expect(emailOf(afterIncremental, seeded[index].id)).toBe(`changed-${index}@example.com`);
		}
		const [state] = await postgres.query(
			"SELECT cursor IS NULL, last_started_at IS NOT NULL FROM intercom_export_state WHERE export = 'contacts'",
		);
		expect(state).toBe('t|t');
	});
});
