import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { resources } from '../../nodes/Intercom/actions/resources';
import type { ToolUse } from '../../nodes/Intercom/tool/arguments';
import { FakeIntercom } from '../fake/server';
import type { N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { manualTrigger, setJson } from '../support/nodes';
import { OpenAiFake } from '../support/openAiFake';
import { until } from '../support/waiting';

const TOKEN = 'tools-token';

/** The tools an agent is given, as a user adds them: the operation, and only what the model cannot choose. */
const TOOLS: Array<{ name: string; resource: string; operation: string; chosen?: Record<string, unknown> }> =
	[
		{ name: 'Find contact', resource: 'contact', operation: 'find' },
		{ name: 'Get contact', resource: 'contact', operation: 'get' },
		{ name: 'Search contacts', resource: 'contact', operation: 'search' },
		{ name: 'Get conversation', resource: 'conversation', operation: 'get' },
		{ name: 'Search conversations', resource: 'conversation', operation: 'search' },
		{ name: 'Reply to conversation', resource: 'conversation', operation: 'reply' },
		{ name: 'Note on conversation', resource: 'conversation', operation: 'addNote' },
		{ name: 'Tag conversation', resource: 'conversation', operation: 'addTag', chosen: { tagId: '17' } },
		{ name: 'Tag contact', resource: 'contactTag', operation: 'add', chosen: { tagId: '17' } },
		{ name: 'Note on contact', resource: 'contactNote', operation: 'create' },
		{ name: 'Create ticket', resource: 'ticket', operation: 'create', chosen: { ticketTypeId: '1' } },
		{ name: 'Reply to ticket', resource: 'ticket', operation: 'reply' },
		{ name: 'Search tickets', resource: 'ticket', operation: 'search' },
		{ name: 'Track event', resource: 'dataEvent', operation: 'track' },
		{ name: 'Search articles', resource: 'article', operation: 'search' },
	];

type Definition = { option: { action: string }; description: INodeProperties[]; tool?: ToolUse };

const definitionOf = (resource: string, operation: string) =>
	(resources as unknown as Record<string, { operations: Record<string, Definition> }>)[resource].operations[
		operation
	];

/** The key n8n's editor gives a `$fromAI()` it writes for a top-level field: the field's name as shown. */
const keyOf = (displayName: string) => displayName.replace(/[^a-zA-Z0-9-]/g, '_');

/** The mode each located field is given for the model, as the tool's notice says. */
const MODES: Record<string, string> = { contact: 'email', conversation: 'id', ticketId: 'id' };

/**
 * The tool's parameters as a user sets them following the tool's notice: each suggested field left to the model
 * (✨) with the suggested description, which n8n's editor writes as below; ticket attributes map title and
 * description.
 */
function toolParameters(
	resource: string,
	operation: string,
): { parameters: IDataObject; keys: Record<string, string> } {
	const definition = definitionOf(resource, operation);
	const tool = definition.tool;
	if (!tool) throw new Error(`${resource} › ${operation} has no tool suggestions`);
	const parameters: IDataObject = tool.setUp ? { queryMode: 'single' } : {};
	const keys: Record<string, string> = {};
	const fromAI = (key: string, description: string) => {
		keys[key] = description;
		return `={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('${key}', \`${description}\`, 'string') }}`;
	};
	for (const [name, description] of Object.entries(tool.arguments)) {
		const field = definition.description.find((property) => property.name === name);
		if (!field) throw new Error(`${resource} › ${operation} has no field ${name}`);
		if (field.type === 'resourceMapper') {
			const [title, text] = description.split('. Description: ');
			parameters[name] = {
				mappingMode: 'defineBelow',
				value: {
					_default_title_: fromAI('Title', title.replace('Title: ', '')),
					_default_description_: fromAI('Description', text),
				},
				matchingColumns: [],
				schema: [],
			};
		} else if (field.type === 'resourceLocator') {
			const mode = resource === 'contact' && operation === 'get' ? 'id' : MODES[name];
			parameters[name] = { __rl: true, mode, value: fromAI(keyOf(field.displayName), description) };
		} else {
			parameters[name] = fromAI(keyOf(field.displayName), description);
		}
	}
	return { parameters, keys };
}

const toolName = (name: string) => name.replace(/ /g, '_');

function toolNode({ name, resource, operation, chosen }: (typeof TOOLS)[number], index: number) {
	return {
		id: `tool${index}`,
		name,
		type: 'n8n-nodes-intercom.intercomTool',
		typeVersion: 1,
		position: [200 + index * 60, 400],
		parameters: { resource, operation, ...chosen, ...toolParameters(resource, operation).parameters },
		credentials: { intercomAccessTokenApi: { id: 'intercomCredential', name: 'Intercom' } },
	};
}

/** The same tools served by n8n's MCP Server Trigger, for an agent outside n8n. */
const MCP_PATH = 'intercom-tools';
const mcpWorkflow = {
	id: 'e2eMcpTools',
	name: 'The Intercom tools over MCP',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		{
			id: 'mcp',
			name: 'MCP Server Trigger',
			type: '@n8n/n8n-nodes-langchain.mcpTrigger',
			typeVersion: 2,
			position: [0, 0],
			webhookId: 'c3a1f7e2-0000-4000-8000-000000000003',
			parameters: { path: MCP_PATH },
		},
		...TOOLS.map((tool, index) => ({ ...toolNode(tool, index), id: `mcpTool${index}` })),
	],
	connections: Object.fromEntries(
		TOOLS.map(({ name }) => [
			name,
			{ ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] },
		]),
	),
};

/** A minimal MCP client over Streamable HTTP: JSON-RPC posts, answers as JSON or as server-sent events. */
class McpClient {
	private session = '';

	private id = 0;

	constructor(private readonly url: string) {}

	async request(method: string, params: object = {}): Promise<Record<string, unknown>> {
		this.id += 1;
		const answer = await this.post({ jsonrpc: '2.0', id: this.id, method, params });
		const messages = answer.includes('data:')
			? answer
					.split('\n')
					.filter((line) => line.startsWith('data:'))
					.map((line) => JSON.parse(line.slice(5)) as Record<string, unknown>)
			: [JSON.parse(answer) as Record<string, unknown>];
		const reply = messages.find((message) => message.id === this.id);
		if (!reply || reply.error) throw new Error(`${method}: ${answer}`);
		return reply.result as Record<string, unknown>;
	}

	async notify(method: string): Promise<void> {
		await this.post({ jsonrpc: '2.0', method });
	}

	private async post(body: object): Promise<string> {
		const response = await fetch(this.url, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/json, text/event-stream',
				...(this.session ? { 'mcp-session-id': this.session } : {}),
			},
			body: JSON.stringify(body),
		});
		this.session = response.headers.get('mcp-session-id') ?? this.session;
		const text = await response.text();
		if (!response.ok) throw new Error(`${response.status} ${text}`);
		return text;
	}
}

const workflow = {
	id: 'e2eAgentTools',
	name: 'An agent with the Intercom tools',
	active: false,
	settings: { executionOrder: 'v1' },
	nodes: [
		manualTrigger(),
		setJson('Question', { chatInput: 'Who at acme.com wrote to us?' }, [200, 0]),
		{
			id: 'agent',
			name: 'AI Agent',
			type: '@n8n/n8n-nodes-langchain.agent',
			typeVersion: 2.2,
			position: [400, 0],
			parameters: { promptType: 'define', text: '={{ $json.chatInput }}', options: {} },
		},
		{
			id: 'model',
			name: 'Chat model',
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.2,
			position: [300, 200],
			parameters: { model: { __rl: true, mode: 'list', value: 'gpt-4o-mini' }, options: {} },
			credentials: { openAiApi: { id: 'openAiCredential', name: 'OpenAI' } },
		},
		...TOOLS.map((tool, index) => toolNode(tool, index)),
	],
	connections: {
		Manual: { main: [[{ node: 'Question', type: 'main', index: 0 }]] },
		Question: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
		'Chat model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
		...Object.fromEntries(
			TOOLS.map(({ name }) => [name, { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] }]),
		),
	},
};

describe('the node as an AI agent’s tools in a real n8n, with a scripted model', () => {
	const fake = new FakeIntercom({ token: TOKEN });
	const model = new OpenAiFake(
		{ Field: 'email', Operator: 'endsWith', Value: '@acme.com' },
		toolName('Search contacts'),
	);
	const cli = new N8nCli();
	let server: N8nServer;

	beforeAll(async () => {
		await fake.start();
		await model.start();
		await cli.setUp();
		await cli.importJson('credentials', [
			{
				id: 'intercomCredential',
				name: 'Intercom',
				type: 'intercomAccessTokenApi',
				data: { accessToken: TOKEN, region: 'custom', baseUrl: fake.url, apiVersion: '2.14' },
			},
			{
				id: 'openAiCredential',
				name: 'OpenAI',
				type: 'openAiApi',
				data: { apiKey: 'sk-test', url: `${model.url}/v1` },
			},
		]);
		await cli.importJson('workflow', [workflow, mcpWorkflow]);
		await cli.activate(mcpWorkflow.id);
		server = await cli.startServer();
	}, 180_000);

	afterAll(async () => {
		cli.tearDown();
		await model.stop();
		await fake.stop();
	});

	it('gives the model a described tool per operation, each parameter named and described', async () => {
		const ann = fake.store.addContact({ email: 'ann@acme.com', name: 'Ann Lee' });
		fake.store.addContact({ email: 'bo@globex.example', name: 'Bo Chen' });

		const run = await server.run(workflow.id, 'Manual');

		expect(run.data.resultData.error).toBeUndefined();
		const offered = model.requests[0].tools ?? [];
		console.log(
			`AI tools: ${offered.length} tools; Search contacts: ${JSON.stringify(
				offered.find((tool) => tool.function.name === toolName('Search contacts')),
			)}`,
		);
		expect(offered.map((tool) => tool.function.name).sort()).toEqual(
			TOOLS.map(({ name }) => toolName(name)).sort(),
		);
		for (const { name, resource, operation } of TOOLS) {
			const tool = offered.find((candidate) => candidate.function.name === toolName(name));
			// n8n describes a tool by its operation's action.
			expect({ name, description: tool?.function.description }).toEqual({
				name,
				description: `${definitionOf(resource, operation).option.action} in Intercom`,
			});
			const parameters = tool?.function.parameters as {
				properties: Record<string, { type: string; description?: string }>;
				required: string[];
			};
			const { keys } = toolParameters(resource, operation);
			expect({
				name,
				parameters: Object.fromEntries(
					Object.entries(parameters.properties).map(([key, property]) => [key, property.description]),
				),
			}).toEqual({ name, parameters: keys });
			expect(parameters.required.sort()).toEqual(Object.keys(keys).sort());
		}

		// The search tool took the model's plain field, operator and value, and found the contact.
		const search = fake.calls('POST', '/contacts/search');
		expect(search.map((request) => (request.body as IDataObject).query)).toEqual([
			{ field: 'email', operator: '$', value: '@acme.com' },
		]);
		const toolResult = model.requests
			.flatMap((request) => request.messages)
			.find((message) => message.role === 'tool');
		expect(String(toolResult?.content)).toContain(ann.id);
		expect(String(toolResult?.content)).not.toContain('globex');
	}, 180_000);

	it("serves the same tools to an agent outside n8n through n8n's MCP Server Trigger", async () => {
		const ann = fake.store.addContact({ email: 'ann@mcp.example', name: 'Ann Mcp' });
		const client = new McpClient(`${server.baseUrl}/mcp/${MCP_PATH}`);
		// n8n answers before it has activated the published workflows; their endpoints 404 until then.
		await until(
			async () => (await fetch(`${server.baseUrl}/mcp/${MCP_PATH}`, { method: 'POST' })).status !== 404,
			'the MCP endpoint was never registered',
		);
		await client.request('initialize', {
			protocolVersion: '2025-03-26',
			capabilities: {},
			clientInfo: { name: 'e2e', version: '1.0.0' },
		});
		await client.notify('notifications/initialized');
		const { tools } = (await client.request('tools/list')) as {
			tools: Array<{
				name: string;
				description: string;
				inputSchema: { properties: Record<string, { description?: string }> };
			}>;
		};
		expect(tools.map((tool) => tool.name).sort()).toEqual(TOOLS.map(({ name }) => toolName(name)).sort());
		for (const { name, resource, operation } of TOOLS) {
			const tool = tools.find((candidate) => candidate.name === toolName(name));
			const described = Object.fromEntries(
				Object.entries(tool?.inputSchema.properties ?? {}).map(([key, property]) => [
					key,
					property.description,
				]),
			);
			expect({ name, described }).toEqual({ name, described: toolParameters(resource, operation).keys });
		}

		const result = (await client.request('tools/call', {
			name: toolName('Search contacts'),
			arguments: { Field: 'email', Operator: 'endsWith', Value: '@mcp.example' },
		})) as { content: Array<{ type: string; text: string }> };
		const text = result.content.map((part) => part.text).join('');
		console.log(`MCP: ${tools.length} tools listed; Search contacts answered ${text.length} characters`);
		expect(text).toContain(ann.id);
	}, 120_000);
});
