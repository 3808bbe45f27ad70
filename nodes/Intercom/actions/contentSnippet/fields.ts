import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { snakeCased } from '../body';

/** What a snippet has besides its title, for create and update (Intercom's names, camelCased). */
export const snippetFields: INodeProperties[] = [
	{
		displayName: 'Available to Copilot',
		name: 'aiCopilotAvailability',
		type: 'boolean',
		default: true,
		description: 'Whether Copilot uses the snippet',
	},
	{
		displayName: 'Available to Fin',
		name: 'aiChatbotAvailability',
		type: 'boolean',
		default: true,
		description: 'Whether Fin (the AI agent) uses the snippet in its answers',
	},
	{
		displayName: 'Available to Fin Sales',
		name: 'aiSalesAgentAvailability',
		type: 'boolean',
		default: false,
		description: 'Whether the sales agent uses the snippet',
	},
	{
		displayName: 'Body (Markdown)',
		name: 'bodyMarkdown',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'The snippet, in Markdown',
	},
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'string',
		default: '',
		placeholder: 'en',
	},
];

export function snippetBody(fields: IDataObject): IDataObject {
	return snakeCased(fields);
}

export const snippetIdField: INodeProperties = {
	displayName: 'Content Snippet Name or ID',
	name: 'snippetId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getContentSnippets' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
