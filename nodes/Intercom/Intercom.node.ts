import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, toolNodeProperties } from './actions/versionDescription';
import { operationSubtitle } from './actions/resources';
import { router } from './actions/router';
import { intercomCredentials } from './descriptions/authentication';
import { listSearch, loadOptions, resourceMapping } from './methods';

const toolReplacements: Partial<INodeTypeDescription> = { properties: toolNodeProperties };

export class Intercom implements INodeType {
	description: INodeTypeDescription = {
		// Told apart from n8n's built-in "Intercom" in the nodes panel; workflows keep the node's name "Intercom".
		displayName: 'Intercom Full API',
		name: 'intercom',
		icon: { light: 'file:intercom.svg', dark: 'file:intercom.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle,
		description:
			"Every action of Intercom's API: contacts, companies, conversations, tickets, articles, workspace settings",
		defaults: { name: 'Intercom' },
		// n8n builds the tool variant from this description with these replaced: the actions and fields a model reads.
		usableAsTool: { replacements: toolReplacements },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: intercomCredentials,
		properties: nodeProperties,
	};

	methods = { listSearch, loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
