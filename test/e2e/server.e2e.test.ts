import { FakeIntercom } from '../fake/server';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';

interface NodeTypeListing {
	name: string;
	iconUrl?: { light: string; dark: string };
}

describe('n8n server with the package installed', () => {
	const fake = new FakeIntercom({ token: 'server-token' });
	const cli = new N8nCli();
	let server: N8nServer;

	beforeAll(async () => {
		await fake.start();
		await cli.setUp();
		server = await cli.startServer();
	}, 180_000);

	afterAll(async () => {
		cli.tearDown();
		await fake.stop();
	});

	it('lists the Intercom node, its AI-tool variant and both triggers, and serves the icon', async () => {
		const types = await server.get<NodeTypeListing[]>('/types/nodes.json');
		const ours = types.filter((type) => type.name.startsWith('n8n-nodes-intercom.'));
		expect(ours.map((type) => type.name).sort()).toEqual([
			'n8n-nodes-intercom.intercom',
			'n8n-nodes-intercom.intercomPollingTrigger',
			'n8n-nodes-intercom.intercomTool',
			'n8n-nodes-intercom.intercomTrigger',
		]);
		const icon = await fetch(`${server.baseUrl}/${ours[0].iconUrl?.light}`);
		expect(icon.status).toBe(200);
		expect(await icon.text()).toContain('<svg');
	});

	it("serves n8n's own intercomApi credential (apiKey) beside the package's two", async () => {
		const types =
			await server.get<Array<{ name: string; properties: Array<{ name: string }> }>>(
				'/types/credentials.json',
			);
		const fields = (name: string) =>
			types.find((type) => type.name === name)?.properties.map((property) => property.name);
		// n8n adds its own allowed-domain fields to every credential type; apiKey without accessToken is n8n's.
		expect(fields('intercomApi')).toContain('apiKey');
		expect(fields('intercomApi')).not.toContain('accessToken');
		expect(fields('intercomAccessTokenApi')).toEqual(
			expect.arrayContaining(['accessToken', 'region', 'baseUrl', 'apiVersion', 'clientSecret']),
		);
		expect(fields('intercomAppOAuth2Api')).toEqual(expect.arrayContaining(['region', 'apiVersion']));
	});

	const credentialTest = async (accessToken: string) =>
		await server.post<{ status: string; message: string }>('/rest/credentials/test', {
			credentials: {
				id: '',
				name: 'Intercom',
				type: 'intercomAccessTokenApi',
				data: { accessToken, region: 'custom', baseUrl: fake.url, apiVersion: '2.16' },
			},
		});

	it('tests the credential with GET /me, sending the token and version', async () => {
		fake.reset();
		expect(await credentialTest('server-token')).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(
			fake.requests.map((request) => [request.method, request.path, request.headers['intercom-version']]),
		).toEqual([['GET', '/me', '2.16']]);
	});

	it('explains a refused token', async () => {
		const result = await credentialTest('revoked');
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Intercom refused the access token (401 "Access Token Invalid")');
	});
});
