import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { helpCenterField } from '../../descriptions/helpCenterRLC';
import { readIntegerId, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { collectionTranslationsField, parentField, readCollectionTranslations } from './fields';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create a collection',
	description: 'Add a collection of articles to a help center, optionally inside another one',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Billing',
	},
	{ displayName: 'Description', name: 'description', type: 'string', default: '' },
	parentField,
	{ ...helpCenterField, description: 'Empty means the default help center. ' + helpCenterField.description },
	collectionTranslationsField,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Collection> {
	const name = readText(this, itemIndex, 'name', { required: true });
	const description = readText(this, itemIndex, 'description', { keepSpaces: true });
	const parentId = readIntegerId(this, itemIndex, 'parentId', { optional: true });
	const helpCenterId = readIntegerId(this, itemIndex, 'helpCenterId', { optional: true });
	const translatedContent = readCollectionTranslations(this, itemIndex);
	return await intercomApiRequest<Intercom.Collection>(this, {
		method: 'POST',
		path: '/help_center/collections',
		body: {
			name,
			...(description ? { description } : {}),
			...(parentId ? { parent_id: parentId } : {}),
			...(helpCenterId ? { help_center_id: Number(helpCenterId) } : {}),
			...(translatedContent ? { translated_content: translatedContent } : {}),
		},
		itemIndex,
	});
}
