import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { tagIdField } from '../../descriptions/pickers';
import { requiredString } from '../../parameters/text';
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
	const tagId = requiredString(this, itemIndex, 'tagId', 'Tag');
	await intercomApiRequest(this, { method: 'DELETE', path: `/tags/${encodeURIComponent(tagId)}`, itemIndex });
	return { id: tagId, deleted: true };
}
