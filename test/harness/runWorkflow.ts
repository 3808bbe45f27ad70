import {
	ExecutionLifecycleHooks,
	HookContext,
	LoadOptionsContext,
	PollContext,
	TriggersAndPollers,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowDataProxyAdditionalKeys,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, NodeHelpers, Workflow } from 'n8n-workflow';

import { IntercomAccessTokenApi } from '../../credentials/IntercomAccessTokenApi.credentials';
import { IntercomAppOAuth2Api } from '../../credentials/IntercomAppOAuth2Api.credentials';
import { Intercom } from '../../nodes/Intercom/Intercom.node';
import { IntercomPollingTrigger } from '../../nodes/IntercomPollingTrigger/IntercomPollingTrigger.node';
import { IntercomTrigger } from '../../nodes/IntercomTrigger/IntercomTrigger.node';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { ItemsSource } from './itemsNode';
import { processedData } from './processedData';

export const INTERCOM_NODE_TYPE = 'n8n-nodes-intercom.intercom';
export const POLLING_TRIGGER_TYPE = 'n8n-nodes-intercom.intercomPollingTrigger';
export const WEBHOOK_TRIGGER_TYPE = 'n8n-nodes-intercom.intercomTrigger';

const nodeClasses: Record<string, INodeType | IVersionedNodeType> = {
	[INTERCOM_NODE_TYPE]: new Intercom(),
	// n8n runs the node as an AI agent's tool under its type name plus "Tool".
	[`${INTERCOM_NODE_TYPE}Tool`]: new Intercom(),
	[POLLING_TRIGGER_TYPE]: new IntercomPollingTrigger(),
	[WEBHOOK_TRIGGER_TYPE]: new IntercomTrigger(),
	'harness.items': new ItemsSource(),
};

/** n8n's own OAuth2 base type, reduced to what `extends: ['oAuth2Api']` needs at run time. */
const oAuth2Api: ICredentialType = { name: 'oAuth2Api', displayName: 'OAuth2 API', properties: [] };

const credentialTypes: Record<string, ICredentialType> = {
	intercomAccessTokenApi: new IntercomAccessTokenApi(),
	intercomAppOAuth2Api: new IntercomAppOAuth2Api(),
	oAuth2Api,
};

const nodeTypes: INodeTypes = {
	getByName: (type) => nodeClasses[type],
	getByNameAndVersion: (type, version) => NodeHelpers.getVersionedNodeType(nodeClasses[type], version),
	getKnownTypes: () => ({}),
};

export interface RunOptions {
	/** Parameters of the Intercom node. */
	parameters: INodeParameters;
	/** Items the start node emits; one empty item by default. */
	items?: IDataObject[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** The node's "On Error" setting; Continue On Fail is `continueRegularOutput`. */
	onError?: OnErrorSetting;
	/** Runs the node as an AI agent's tool (`…intercomTool`). */
	asTool?: boolean;
}

export type OnErrorSetting = 'stopWorkflow' | 'continueRegularOutput' | 'continueErrorOutput';

export interface RunResult {
	/** Output of the Intercom node (empty when the node failed). */
	items: INodeExecutionData[];
	/** The error output, which n8n adds with "On Error: Continue (using error output)". */
	errorItems: INodeExecutionData[];
	/** The error that stopped the node, if it failed. */
	error?: Error & { description?: string; httpCode?: string | null; context?: IDataObject };
	run: IRun;
}

function additionalDataFor(
	hooks: ExecutionLifecycleHooks,
	credentials: Record<string, ICredentialDataDecryptedObject>,
) {
	const credentialsHelper = new HarnessCredentialsHelper(credentialTypes, credentials);
	const additionalData = {
		credentialsHelper,
		hooks,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		variables: {},
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
	return { additionalData, credentialsHelper };
}

function buildWorkflow(options: RunOptions) {
	const authentication =
		options.parameters.authentication === 'oAuth2' ? 'intercomAppOAuth2Api' : 'intercomAccessTokenApi';
	const nodes: INode[] = [
		{
			id: 'items',
			name: 'Items',
			type: 'harness.items',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.items ?? [{}]) },
		},
		{
			id: 'intercom',
			name: 'Intercom',
			type: options.asTool ? `${INTERCOM_NODE_TYPE}Tool` : INTERCOM_NODE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: options.parameters,
			credentials: { [authentication]: { id: '1', name: 'Intercom account' } },
			...(options.onError ? { onError: options.onError } : {}),
		},
	];
	const connections = { Items: { main: [[{ node: 'Intercom', type: 'main' as const, index: 0 }]] } };
	const workflow = new Workflow({ id: 'test', nodes, connections, nodeTypes, active: false, settings: {} });
	const workflowData: IWorkflowBase = {
		id: 'test',
		name: 'test',
		active: false,
		isArchived: false,
		nodes,
		connections,
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	};

	const hooks = new ExecutionLifecycleHooks('manual', '1', workflowData);

	const { additionalData, credentialsHelper } = additionalDataFor(hooks, options.credentials ?? {});
	return { workflow, nodes, hooks, additionalData, credentialsHelper };
}

/**
 * Runs Items → Intercom through n8n-core's WorkflowExecute, the engine n8n itself runs workflows with, and returns
 * the Intercom node's output.
 */
export async function runIntercom(options: RunOptions): Promise<RunResult> {
	await processedData();
	const { workflow, nodes, hooks, additionalData } = buildWorkflow(options);
	const finished = new Promise<IRun>((resolve) =>
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)),
	);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: nodes[0], data: { main: [[{ json: {} }]] }, source: null }],
		},
	});
	await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const run = await finished;

	const task = run.data.resultData.runData.Intercom?.[0];
	const error = (task?.error ?? run.data.resultData.error) as RunResult['error'];
	return { items: task?.data?.main?.[0] ?? [], errorItems: task?.data?.main?.[1] ?? [], error, run };
}

/** Credentials of the access-token type pointing at the fake Intercom; `extra` sets or overrides fields. */
export function tokenCredentials(
	baseUrl: string,
	token: string,
	apiVersion = '2.14',
	extra: Record<string, string> = {},
) {
	return { intercomAccessTokenApi: { accessToken: token, region: 'custom', baseUrl, apiVersion, ...extra } };
}

/** The context n8n gives a node's loadOptions and listSearch methods while the user edits `parameters`. */
export function loadOptionsContext(options: RunOptions): LoadOptionsContext {
	const { workflow, nodes, additionalData } = buildWorkflow(options);
	// The editor sends the node's current parameters with each picker request.
	additionalData.currentNodeParameters = nodes[1].parameters;
	return new LoadOptionsContext(workflow, nodes[1], additionalData, '');
}

/** Resolves an n8n expression over credential data, as n8n's credentials helper does for `authenticate` and `test`. */
export function resolveWithCredentials(expression: string, credentials: IDataObject): unknown {
	const { workflow, nodes } = buildWorkflow({ parameters: {} });
	return workflow.expression.getSimpleParameterValue(
		nodes[1],
		expression,
		'internal',
		{ $credentials: credentials } as IWorkflowDataProxyAdditionalKeys,
		undefined,
		'',
	);
}

export interface PollingWorkflow {
	workflow: Workflow;
	poll(mode?: 'trigger' | 'manual'): Promise<IDataObject[] | null>;
}

/** An active workflow of one trigger node, with what n8n hands the trigger's contexts. */
function triggerWorkflow(
	type: string,
	name: string,
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
) {
	const authentication =
		parameters.authentication === 'oAuth2' ? 'intercomAppOAuth2Api' : 'intercomAccessTokenApi';
	const node: INode = {
		id: 'trigger',
		name,
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [authentication]: { id: '1', name: 'Intercom account' } },
	};
	const workflow = new Workflow({
		id: 'trigger',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: true,
		settings: {},
	});
	const workflowData = { id: 'trigger', name, nodes: [node], connections: {} } as unknown as IWorkflowBase;
	const { additionalData } = additionalDataFor(
		new ExecutionLifecycleHooks('trigger', '1', workflowData),
		credentials,
	);
	return { node, workflow, additionalData };
}

/**
 * A workflow whose start node is the Intercom Polling Trigger, polled as n8n's active-workflow manager polls it:
 * `TriggersAndPollers.runPollFunction` with a `PollContext`. The workflow's static data lives on between polls.
 */
export function pollingWorkflow(
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
): PollingWorkflow {
	const { node, workflow, additionalData } = triggerWorkflow(
		POLLING_TRIGGER_TYPE,
		'Intercom Polling Trigger',
		parameters,
		credentials,
	);
	const pollers = new TriggersAndPollers();
	return {
		workflow,
		async poll(mode = 'trigger') {
			const context = new PollContext(workflow, node, additionalData, mode, 'activate');
			const output = await pollers.runPollFunction(workflow, node, context);
			return output ? output[0].map((item) => item.json) : null;
		},
	};
}

/**
 * What n8n runs when it activates a workflow with the Intercom Trigger (`WebhookService.createWebhookIfNotExists`):
 * the node's `checkExists` in a `HookContext`.
 */
export async function activateWebhookTrigger(
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
): Promise<boolean | undefined> {
	const { node, workflow, additionalData } = triggerWorkflow(
		WEBHOOK_TRIGGER_TYPE,
		'Intercom Trigger',
		parameters,
		credentials,
	);
	const context = new HookContext(workflow, node, additionalData, 'trigger', 'activate');
	return await new IntercomTrigger().webhookMethods.default.checkExists.call(context);
}
