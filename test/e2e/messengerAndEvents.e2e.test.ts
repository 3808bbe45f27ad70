import { createHmac } from 'node:crypto';

import { FakeIntercom } from '../fake/server';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { intercomCredential, intercomNode, manualTrigger, setJson } from '../support/nodes';

const SECRET = 'e2e-identity-verification-secret';
const credentials = intercomCredential('e2eMessengerCred');

const intercom = (id: string, name: string, x: number, parameters: Record<string, unknown>) =>
	intercomNode({ id, name, position: [x, 0], parameters, credentials });

/** A sign-in in your app: boot the Messenger for the user, and record the sign-in as an Intercom event. */
const workflow = {
	id: 'e2eMessengerAndEvents',
	name: 'Signed-in user: Messenger settings and a tracked event',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		manualTrigger(),
		setJson('User', { userId: 'crm-7', email: 'seven@example.com', plan: 'pro' }, [200, 0]),
		intercom('n3', 'Identify', 400, {
			resource: 'messenger',
			operation: 'identify',
			userId: '={{ $json.userId }}',
			email: '={{ $json.email }}',
			options: { includeSnippet: true },
		}),
		intercom('n4', 'Track', 600, {
			resource: 'dataEvent',
			operation: 'track',
			eventName: 'signed-in',
			contact: { __rl: true, mode: 'externalId', value: "={{ $('User').item.json.userId }}" },
			metadata: { entry: [{ key: 'plan', type: 'text', value: "={{ $('User').item.json.plan }}" }] },
		}),
	],
	connections: {
		Manual: { main: [[{ node: 'User', type: 'main', index: 0 }]] },
		User: { main: [[{ node: 'Identify', type: 'main', index: 0 }]] },
		Identify: { main: [[{ node: 'Track', type: 'main', index: 0 }]] },
	},
};

describe('a real n8n process: Messenger identity and data events', () => {
	const fake = new FakeIntercom({ token: 'e2e-token' });
	const cli = new N8nCli();
	let server: N8nServer;

	beforeAll(async () => {
		await fake.start();
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'e2eMessengerCred',
				name: 'Intercom (fake)',
				type: 'intercomAccessTokenApi',
				data: {
					accessToken: 'e2e-token',
					region: 'custom',
					baseUrl: fake.url,
					apiVersion: '2.14',
					messengerSecret: SECRET,
				},
			},
		]);
		await cli.importJson('workflow', [workflow]);
		server = await cli.startServer();
	}, 180_000);

	afterAll(async () => {
		cli.tearDown();
		await fake.stop();
	});

	it('signs user_hash with the secret n8n decrypted from the credential, never showing it, and tracks the event', async () => {
		fake.store.addContact({ external_id: 'crm-7', email: 'seven@example.com' });

		const run = await server.run(workflow.id, 'Manual');

		expect(run.data.resultData.error).toBeUndefined();
		const identify = run.data.resultData.runData.Identify[0].data?.main[0] ?? [];
		expect(identify[0].json.intercomSettings).toEqual({
			app_id: 'ecahpwf5',
			user_id: 'crm-7',
			email: 'seven@example.com',
			user_hash: createHmac('sha256', SECRET).update('crm-7').digest('hex'),
		});
		expect(String(identify[0].json.snippet)).toContain('window.intercomSettings');
		expect(JSON.stringify(run)).not.toContain(SECRET);

		expect(fake.calls('POST', '/events').map((call) => [call.status, call.body])).toEqual([
			[
				202,
				{
					event_name: 'signed-in',
					created_at: expect.any(Number),
					user_id: 'crm-7',
					metadata: { plan: 'pro' },
				},
			],
		]);
		expect(fake.store.events).toHaveLength(1);
	}, 120_000);
});
