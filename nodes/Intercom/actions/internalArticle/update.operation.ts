import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';
import { integerId, memberSite, readChanges, readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { bodyField, internalArticleIdField } from './fields';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update an internal article',
	description: 'Change the title, body, author or owner of an internal article',
};

export const description: INodeProperties[] = [
	internalArticleIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			adminPicker({ displayName: 'Author', name: 'authorId', purpose: 'The teammate shown as its author' }),
			bodyField,
			adminPicker({ displayName: 'Owner', name: 'ownerId', purpose: 'The teammate who keeps it up to date' }),
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	},
];

/**
 * The same update twice leaves the same article, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/internal-articles/updateinternalarticle
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const internalArticleId = readIntegerId(this, itemIndex, 'internalArticleId');
	const { authorId, ownerId, ...text } = readChanges<{
		authorId: string;
		ownerId: string;
		title: string;
		body: string;
	}>(this, itemIndex);
	const adminId = (member: string, value: string) =>
		Number(integerId(value, memberSite(this, itemIndex, 'updateFields', member)));
	return await intercomApiRequest<IDataObject>(this, {
		method: 'PUT',
		path: `/internal_articles/${internalArticleId}`,
		body: {
			...text,
			...(authorId ? { author_id: adminId('authorId', authorId) } : {}),
			...(ownerId ? { owner_id: adminId('ownerId', ownerId) } : {}),
		},
		itemIndex,
		retryable: true,
	});
}
