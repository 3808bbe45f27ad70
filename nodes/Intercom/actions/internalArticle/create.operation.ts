import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readActingAdmin } from '../../parameters/actingAdmin';
import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { authorField, bodyField, ownerField } from './fields';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create an internal article',
	description: 'Write an article for teammates and Copilot, not shown to customers',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. How we handle refunds',
	},
	bodyField,
	authorField,
	ownerField,
];

/**
 * Not repeated after a lost answer: the article would be written twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/internal-articles/createinternalarticle
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const title = readText(this, itemIndex, 'title', { required: true });
	const body = readText(this, itemIndex, 'body', { keepSpaces: true });
	const authorId = Number(await readActingAdmin(this, itemIndex, 'authorId'));
	const ownerId = Number(await readActingAdmin(this, itemIndex, 'ownerId'));
	return await intercomApiRequest<IDataObject>(this, {
		method: 'POST',
		path: '/internal_articles',
		body: { title, ...(body ? { body } : {}), author_id: authorId, owner_id: ownerId },
		itemIndex,
	});
}
