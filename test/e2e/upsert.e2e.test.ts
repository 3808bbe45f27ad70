import { FakeIntercom } from '../fake/server';
import type { N8nRuntime, N8nServer } from '../support/n8nCli';
import { N8N_1, N8N_2, N8nCli, versionOf } from '../support/n8nCli';
import { intercomCredential, intercomNode, manualTrigger, setJson, splitOut } from '../support/nodes';

const contacts = [
	{ id: 'crm-1', email: 'one@example.com', name: 'One' },
	{ id: 'crm-2', email: 'two@example.com', name: 'Two' },
	{ id: 'crm-3', email: 'three@example.com', name: 'Three' },
];

const workflow = {
	id: 'e2eUpsertContacts',
	name: 'Upsert CRM contacts into Intercom',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		manualTrigger(),
		setJson('CRM contacts', { contacts }, [200, 0]),
		splitOut('One item per contact', 'contacts', [400, 0]),
		intercomNode({
			id: 'n4',
			name: 'Intercom',
			position: [600, 0],
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				matchOn: 'externalId',
				externalId: '={{ $json.id }}',
				role: 'user',
				additionalFields: { email: '={{ $json.email }}', name: '={{ $json.name }}' },
				customAttributes: { attribute: [{ name: 'plan', value: 'synced' }] },
			},
			credentials: intercomCredential('e2eIntercomCred'),
		}),
	],
	connections: {
		Manual: { main: [[{ node: 'CRM contacts', type: 'main', index: 0 }]] },
		'CRM contacts': { main: [[{ node: 'One item per contact', type: 'main', index: 0 }]] },
		'One item per contact': { main: [[{ node: 'Intercom', type: 'main', index: 0 }]] },
	},
};

describe.each<[string, N8nRuntime]>([
	['2.x', N8N_2],
	['1.x', N8N_1],
])('a real n8n %s process with the packed package', (_major, runtime) => {
	const fake = new FakeIntercom({ token: 'e2e-token' });
	const cli = new N8nCli(runtime);
	let server: N8nServer;

	beforeAll(async () => {
		await fake.start();
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'e2eIntercomCred',
				name: 'Intercom (fake)',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'e2e-token', region: 'custom', baseUrl: fake.url, apiVersion: '2.16' },
			},
		]);
		await cli.importJson('workflow', [workflow]);
		server = await cli.startServer();
	}, 120_000);

	afterAll(async () => {
		cli.tearDown();
		await fake.stop();
	});

	it(`upserts CRM contacts into Intercom: two new, one existing, none twice (n8n ${versionOf(runtime)})`, async () => {
		const existing = fake.store.addContact({ external_id: 'crm-2', name: 'Before sync' });

		const run = await server.run(workflow.id, 'Manual');

		expect(run.data.resultData.error).toBeUndefined();
		expect(run.status).toBe('success');
		const output = run.data.resultData.runData.Intercom[0].data?.main[0] ?? [];
		expect(output.map((item) => [item.json.external_id, item.json.name, item.pairedItem])).toEqual([
			['crm-1', 'One', { item: 0 }],
			['crm-2', 'Two', { item: 1 }],
			['crm-3', 'Three', { item: 2 }],
		]);
		expect(output[1].json.id).toBe(existing.id);

		expect(fake.store.contacts.size).toBe(3);
		expect([...fake.store.contacts.values()].map((contact) => contact.custom_attributes)).toEqual([
			{ plan: 'synced' },
			{ plan: 'synced' },
			{ plan: 'synced' },
		]);
		const calls = fake.requests
			.map((request) => `${request.method} ${request.path} ${request.status}`)
			.sort();
		expect(calls).toEqual(
			[
				'POST /contacts 200',
				'POST /contacts 200',
				'POST /contacts 409',
				`PUT /contacts/${existing.id} 200`,
			].sort(),
		);
		// The credential's own `authenticate` put the token and the chosen API version on every call.
		expect(fake.requests.every((request) => request.headers.authorization === 'Bearer e2e-token')).toBe(true);
		expect(fake.requests.every((request) => request.headers['intercom-version'] === '2.16')).toBe(true);
	}, 120_000);
});
