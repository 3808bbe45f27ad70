import type { IDataObject } from 'n8n-workflow';
import { randomUUID } from 'node:crypto';

import { FakeIntercom } from '../fake/server';
import { deliver, notification, signedDelivery } from '../fake/webhooks';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { until } from '../support/waiting';
import { intercomCredential, intercomNode, intercomTrigger } from '../support/nodes';

const SECRET = 'flow-client-secret';
const TOKEN = 'flow-token';
const credentials = intercomCredential('flowCred');

/** Intercom Trigger → tag the new conversation → assign it to a team → reply: a support triage flow. */
function triageWorkflow(webhookId: string, tagId: string) {
	const conversation = { __rl: true, mode: 'id', value: "={{ $('New conversation').item.json.id }}" };
	const intercom = (id: string, name: string, x: number, parameters: Record<string, unknown>) =>
		intercomNode({
			id,
			name,
			position: [x, 0],
			parameters: { resource: 'conversation', conversation, ...parameters },
			credentials,
		});
	return {
		id: 'conversationTriage',
		name: 'Conversation triage',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			intercomTrigger({
				id: 'trigger',
				name: 'New conversation',
				position: [0, 0],
				webhookId,
				parameters: { topics: ['conversation.user.created'] },
				credentials,
			}),
			intercom('tag', 'Tag', 200, { operation: 'addTag', tagId }),
			intercom('assign', 'Assign', 400, { operation: 'assign', assignTo: 'team', assigneeTeamId: '814866' }),
			intercom('reply', 'Reply', 600, {
				operation: 'reply',
				replyAs: 'admin',
				messageType: 'comment',
				body: "=Thanks {{ $('New conversation').item.json.source.author.name }}, the billing team has it.",
			}),
		],
		connections: {
			'New conversation': { main: [[{ node: 'Tag', type: 'main', index: 0 }]] },
			Tag: { main: [[{ node: 'Assign', type: 'main', index: 0 }]] },
			Assign: { main: [[{ node: 'Reply', type: 'main', index: 0 }]] },
		},
	};
}

describe('a support flow in a real n8n: Intercom Trigger → tag → assign → reply', () => {
	const fake = new FakeIntercom({ token: TOKEN });
	const cli = new N8nCli();
	const hook = randomUUID();
	let server: N8nServer;

	beforeAll(async () => {
		await fake.start();
		const tag = fake.store.tagByName('Billing');
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'flowCred',
				name: 'Intercom (fake)',
				type: 'intercomAccessTokenApi',
				data: {
					accessToken: TOKEN,
					region: 'custom',
					baseUrl: fake.url,
					apiVersion: '2.14',
					clientSecret: SECRET,
				},
			},
		]);
		await cli.importJson('workflow', [triageWorkflow(hook, tag.id)]);
		await cli.n8n('publish:workflow', '--id=conversationTriage');
		server = await cli.startServer();
		await until(
			async () =>
				(await fetch(`${server.baseUrl}/webhook/${hook}/webhook`, { method: 'HEAD' })).status !== 404,
			'the trigger webhook was never registered',
		);
	}, 240_000);

	afterAll(async () => {
		await cli.stopServer();
		cli.tearDown();
		await fake.stop();
	});

	it('tags, assigns and answers the conversation a signed notification announces', async () => {
		const conversation = fake.store.addConversation();
		const message = notification('conversation.user.created', conversation as IDataObject);
		const answer = await deliver(
			`${server.baseUrl}/webhook/${hook}/webhook`,
			signedDelivery(message, SECRET),
		);
		expect(answer.status).toBe(200);

		await until(
			async () => fake.calls('POST', `/conversations/${conversation.id}/reply`).length > 0,
			'the reply never reached Intercom',
		);
		const calls = fake.requests
			.filter((request) => request.path !== '/me')
			.map((request) => `${request.method} ${request.path} ${request.status}`);
		expect(calls).toEqual([
			`POST /conversations/${conversation.id}/tags 200`,
			`POST /conversations/${conversation.id}/parts 200`,
			`POST /conversations/${conversation.id}/reply 200`,
		]);
		// The acting admin is the token's own, read once per node execution.
		expect(fake.calls('GET', '/me')).toHaveLength(3);
		expect(fake.calls('POST', `/conversations/${conversation.id}/reply`)[0].body).toEqual({
			message_type: 'comment',
			type: 'admin',
			admin_id: '991267460',
			body: 'Thanks Jane Doe, the billing team has it.',
		});
		expect(fake.store.conversations.get(conversation.id)).toMatchObject({
			team_assignee_id: '814866',
			tags: { type: 'tag.list', tags: [expect.objectContaining({ name: 'Billing' })] },
		});
	}, 120_000);
});
