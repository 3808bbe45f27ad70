import type { IncomingMessage, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { TlsProxy } from '../support/tlsProxy';

/** Intercom's token endpoint on every regional API host: records which host exchanged the code. */
class TokenEndpointFake {
	readonly exchanges: Array<{ host: string; path: string; body: string }> = [];

	url = '';

	private server?: Server;

	async start(): Promise<void> {
		this.server = createServer((request: IncomingMessage, response) => {
			let body = '';
			request.on('data', (chunk: Buffer) => (body += chunk.toString()));
			request.on('end', () => {
				this.exchanges.push({ host: String(request.headers.host), path: String(request.url), body });
				response.writeHead(200, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify({ access_token: 'oauth-token', token_type: 'Bearer' }));
			});
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}

const CASES = [
	{ id: 'oauthUs', data: { region: 'us' }, app: 'app.intercom.com', api: 'api.intercom.io' },
	{ id: 'oauthEu', data: { region: 'eu' }, app: 'app.eu.intercom.com', api: 'api.eu.intercom.io' },
	{ id: 'oauthAu', data: { region: 'au' }, app: 'app.au.intercom.com', api: 'api.au.intercom.io' },
	{
		id: 'oauthProxyEu',
		data: { region: 'custom', baseUrl: 'https://intercom-proxy.example.com', oauthRegion: 'eu' },
		app: 'app.eu.intercom.com',
		api: 'api.eu.intercom.io',
	},
	{
		id: 'oauthProxyDefault',
		data: { region: 'custom', baseUrl: 'https://intercom-proxy.example.com' },
		app: 'app.intercom.com',
		api: 'api.intercom.io',
	},
];

describe('the OAuth2 credential in a real n8n: each region authorises and exchanges the code on its own hosts', () => {
	const tokens = new TokenEndpointFake();
	const cli = new N8nCli();
	let proxy: TlsProxy;
	let server: N8nServer;

	beforeAll(async () => {
		await tokens.start();
		// n8n exchanges the code at https://api(.eu|.au).intercom.io itself: the proxy answers for those hosts.
		proxy = new TlsProxy(Object.fromEntries(CASES.map((entry) => [entry.api, tokens.url])));
		await proxy.start();
		await cli.setUp(proxy.environment());
		await cli.importJson(
			'credentials',
			CASES.map(({ id, data }) => ({
				id,
				name: id,
				type: 'intercomAppOAuth2Api',
				data: { clientId: 'client-id', clientSecret: 'client-secret', apiVersion: '2.14', ...data },
			})),
		);
		server = await cli.startServer();
	}, 180_000);

	afterAll(async () => {
		cli.tearDown();
		await proxy.stop();
		await tokens.stop();
	});

	it.each(CASES)(
		'$id: signs in on $app and exchanges the code on $api',
		async ({ id, app, api }) => {
			const authUrl = new URL(
				(await server.get<{ data: string }>(`/rest/oauth2-credential/auth?id=${id}`)).data,
			);
			expect(`${authUrl.host}${authUrl.pathname}`).toBe(`${app}/oauth`);
			expect(authUrl.searchParams.get('client_id')).toBe('client-id');
			// Intercom takes no scope: the app's permissions are ticked in Developer Hub.
			expect(authUrl.searchParams.get('scope') ?? '').toBe('');

			const before = tokens.exchanges.length;
			const state = authUrl.searchParams.get('state') ?? '';
			const callback = await fetch(
				`${server.baseUrl}/rest/oauth2-credential/callback?code=the-code&state=${encodeURIComponent(state)}`,
				{ headers: { Cookie: server.cookie } },
			);
			expect(callback.status).toBe(200);
			expect(tokens.exchanges.slice(before)).toEqual([
				{ host: api, path: '/auth/eagle/token', body: expect.stringContaining('code=the-code') },
			]);
		},
		60_000,
	);
});
