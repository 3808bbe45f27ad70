import { randomUUID } from 'node:crypto';

import { forgeries, seededRandom } from '../fake/forgeries';
import { deliver, notification, signedDelivery } from '../fake/webhooks';
import { Collector } from '../support/collector';
import { N8N_1, N8nCli, versionOf } from '../support/n8nCli';
import { until } from '../support/waiting';
import { collect, intercomCredential, intercomTrigger } from '../support/nodes';

const SECRET = 'n8n1-client-secret';

describe(`Intercom Trigger in n8n ${versionOf(N8N_1)} (the newest 1.x)`, () => {
	const cli = new N8nCli(N8N_1);
	const collector = new Collector();
	const hook = randomUUID();
	let url = '';

	beforeAll(async () => {
		await collector.start();
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'n8n1Cred',
				name: 'Intercom app',
				type: 'intercomAccessTokenApi',
				data: { accessToken: 'unused', region: 'us', apiVersion: '2.14', clientSecret: SECRET },
			},
		]);
		await cli.importJson('workflow', [
			{
				id: 'n8n1Trigger',
				name: 'Intercom Trigger on n8n 1.x',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					intercomTrigger({
						id: 'trigger',
						name: 'Intercom Trigger',
						position: [0, 0],
						webhookId: hook,
						parameters: { topics: ['contact.user.created'] },
						credentials: intercomCredential('n8n1Cred', 'Intercom app'),
					}),
					collect('Collect', `${collector.url}/n8n1`, [200, 0]),
				],
				connections: { 'Intercom Trigger': { main: [[{ node: 'Collect', type: 'main', index: 0 }]] } },
			},
		]);
		await cli.activate('n8n1Trigger');
		const server = await cli.startServer({ signIn: false });
		url = `${server.baseUrl}/webhook/${hook}/webhook`;
		await until(
			async () => (await fetch(url, { method: 'HEAD' })).status === 200,
			`${url} was never registered`,
		);
	}, 300_000);

	afterAll(async () => {
		cli.tearDown();
		await collector.stop();
	});

	it('starts the workflow from a signed delivery once, and refuses forged ones with 401', async () => {
		const message = notification('contact.user.created', {
			type: 'contact',
			id: 'c-1',
			email: 'one@example.com',
		});
		const delivery = signedDelivery(message, SECRET);
		expect((await deliver(url, delivery)).status).toBe(200);
		expect(await deliver(url, delivery)).toEqual({
			status: 200,
			body: expect.stringContaining('already received'),
		});
		const random = seededRandom(1);
		for (const [kind, forge] of Object.entries(forgeries)) {
			const forged = forge(
				notification('contact.user.created', { type: 'contact', id: kind, name: 'Forged customer' }),
				SECRET,
				random,
			);
			expect([kind, (await deliver(url, forged)).status]).toEqual([kind, 401]);
		}
		const [item] = await collector.waitFor('/n8n1', 1);
		expect(item).toMatchObject({ id: 'c-1', email: 'one@example.com', notification_id: message.id });
		expect(collector.items('/n8n1')).toHaveLength(1);
	}, 120_000);
});
