import type { INodeProperties } from 'n8n-workflow';

export const callIdField: INodeProperties = {
	displayName: 'Call ID',
	name: 'callId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 123',
	description: "The call's ID, as Get Many and the conversation's call parts give it",
};
