import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { tagIdField } from '../../descriptions/pickers';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a tag',
	description: 'Delete a tag from the workspace',
};

export const description: INodeProperties[] = [
	{
		...tagIdField,
		hint: 'Intercom refuses to delete a tag that a message, rule or report still uses (tag_has_dependent_objects)',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	await intercomApiRequest(this, { method: 'DELETE', path: `/tags/${encodeURIComponent(tagId)}`, itemIndex });
	return { id: tagId, deleted: true };
}
