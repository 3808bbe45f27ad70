import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readOption, readText } from '../../parameters/read';

export const visitorKeyFields: INodeProperties[] = [
	{
		displayName: 'Find Visitor By',
		name: 'visitorKey',
		type: 'options',
		options: [
			{ name: 'User ID', value: 'user_id', description: "The visitor's user_id, as the Messenger set it" },
			{ name: 'Intercom ID', value: 'id' },
		],
		default: 'user_id',
	},
	{
		displayName: 'Visitor',
		name: 'visitorValue',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 8a88a590-e1c3-41e2-a502-e0649dbf721c',
		description: 'The user_id or Intercom ID of the visitor, e.g. from a webhook or the Messenger',
	},
];

export function readVisitorKey(context: IExecuteFunctions, itemIndex: number): Record<string, string> {
	const key = readOption<'user_id' | 'id'>(context, itemIndex, 'visitorKey');
	return { [key]: readText(context, itemIndex, 'visitorValue', { required: true }) };
}
