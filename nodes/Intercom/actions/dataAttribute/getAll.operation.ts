import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readBoolean, readOption } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many data attributes',
	description: 'List the standard and custom attributes of contacts or companies',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Model',
		name: 'model',
		type: 'options',
		options: [
			{ name: 'Contact', value: 'contact' },
			{ name: 'Company', value: 'company' },
			{ name: 'Conversation (API 2.15 and Before)', value: 'conversation' },
		],
		default: 'contact',
	},
	{
		displayName: 'Include Archived',
		name: 'includeArchived',
		type: 'boolean',
		default: false,
		description: 'Whether to list archived attributes too',
	},
	...returnAllOrLimit,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.DataAttribute[]> {
	const limit = readLimit(this, itemIndex);
	const model = readOption<string>(this, itemIndex, 'model');
	const includeArchived = readBoolean(this, itemIndex, 'includeArchived');
	const { data = [] } = await intercomApiRequest<Intercom.DataAttributeList>(this, {
		method: 'GET',
		path: '/data_attributes',
		qs: { model, ...(includeArchived ? { include_archived: true } : {}) },
		itemIndex,
	});
	return data.slice(0, limit);
}
