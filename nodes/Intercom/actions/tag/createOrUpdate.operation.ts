import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Create or Rename',
	action: 'Create or rename a tag',
	description: 'Create a tag by name (an existing name is returned as is), or rename a tag',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. VIP',
		description: 'Tag names are matched without regard to case',
	},
	{
		displayName: 'Tag to Rename Name or ID',
		name: 'renameTagId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTagsOrNone' },
		default: '',
		description:
			'Leave at "None" to create the tag. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const name = readText(this, itemIndex, 'name', { required: true });
	const renameTagId = readIntegerId(this, itemIndex, 'renameTagId', { optional: true });
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'POST',
		path: '/tags',
		body: { name, ...(renameTagId ? { id: renameTagId } : {}) },
		itemIndex,
		// Intercom creates a tag once per name, and a rename sets the same name again: neither can duplicate.
		retryable: true,
	});
}
