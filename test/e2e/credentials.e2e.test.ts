import { FakeIntercom } from '../fake/server';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { TlsProxy } from '../support/tlsProxy';
import { intercomCredential, intercomNode } from '../support/nodes';

const BUILT_IN_KEY = 'built-in-api-key';
const PACKAGE_TOKEN = 'package-token';

/** Manual → n8n's built-in Intercom node → this package's Intercom node, each getting company "acme". */
const workflow = {
	id: 'e2eBothIntercomNodes',
	name: 'Built-in and community Intercom side by side',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'm',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'b',
			name: 'Built-in Intercom',
			type: 'n8n-nodes-base.intercom',
			typeVersion: 1,
			position: [200, 0],
			parameters: { resource: 'company', operation: 'get', selectBy: 'companyId', value: 'acme' },
			credentials: { intercomApi: { id: 'builtInCred', name: 'Intercom (built-in)' } },
		},
		intercomNode({
			id: 'p',
			name: 'Package Intercom',
			position: [400, 0],
			parameters: {
				resource: 'company',
				operation: 'get',
				company: { __rl: true, mode: 'companyId', value: 'acme' },
			},
			credentials: intercomCredential('packageCred', 'Intercom (package)'),
		}),
	],
	connections: {
		Manual: { main: [[{ node: 'Built-in Intercom', type: 'main', index: 0 }]] },
		'Built-in Intercom': { main: [[{ node: 'Package Intercom', type: 'main', index: 0 }]] },
	},
};

describe("n8n's built-in Intercom node beside this package", () => {
	const fake = new FakeIntercom({ token: PACKAGE_TOKEN, extraTokens: [BUILT_IN_KEY] });
	const cli = new N8nCli();
	let server: N8nServer;
	let proxy: TlsProxy;

	beforeAll(async () => {
		await fake.start();
		// The built-in node calls https://api.intercom.io itself; the proxy answers for that host with the fake.
		proxy = new TlsProxy({ 'api.intercom.io': fake.url });
		await proxy.start();
		await cli.setUp(proxy.environment());
		await cli.importJson('credentials', [
			{ id: 'builtInCred', name: 'Intercom (built-in)', type: 'intercomApi', data: { apiKey: BUILT_IN_KEY } },
			{
				id: 'packageCred',
				name: 'Intercom (package)',
				type: 'intercomAccessTokenApi',
				data: { accessToken: PACKAGE_TOKEN, region: 'custom', baseUrl: fake.url, apiVersion: '2.14' },
			},
		]);
		await cli.importJson('workflow', [workflow]);
		server = await cli.startServer();
	}, 180_000);

	afterAll(async () => {
		cli.tearDown();
		await proxy.stop();
		await fake.stop();
	});

	it('runs both nodes in one workflow, each with its own credential type', async () => {
		const acme = fake.store.addCompany({ company_id: 'acme', name: 'Acme' });

		const run = await server.run(workflow.id, 'Manual');

		expect(run.data.resultData.error).toBeUndefined();
		const output = (node: string) => run.data.resultData.runData[node][0].data?.main[0][0].json;
		expect(output('Built-in Intercom')).toMatchObject({ id: acme.id, company_id: 'acme' });
		expect(output('Package Intercom')).toMatchObject({ id: acme.id, company_id: 'acme' });
		// The built-in node's call came through api.intercom.io with the built-in credential's apiKey; the package's
		// call carries its own token and API version. Had one credential type replaced the other, one would be missing.
		expect(
			fake.requests.map((request) => [
				request.headers.host,
				request.path,
				request.query,
				request.headers.authorization,
				request.headers['intercom-version'],
			]),
		).toEqual([
			['api.intercom.io', '/companies', { company_id: 'acme' }, `Bearer ${BUILT_IN_KEY}`, undefined],
			[new URL(fake.url).host, '/companies', { company_id: 'acme' }, `Bearer ${PACKAGE_TOKEN}`, '2.14'],
		]);
	}, 120_000);
});
