import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a visitor',
	description: 'Get an anonymous Messenger visitor by the user_id the Messenger gave it',
};

export const description: INodeProperties[] = [
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 8a88a590-e1c3-41e2-a502-e0649dbf721c',
		description: "The visitor's user_id, e.g. from a webhook or the Messenger",
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Visitor> {
	const userId = readText(this, itemIndex, 'userId', { required: true });
	return await intercomApiRequest<Intercom.Visitor>(this, {
		method: 'GET',
		path: '/visitors',
		qs: { user_id: userId },
		itemIndex,
	});
}
