import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { helpCenterField } from '../../descriptions/helpCenterRLC';
import { requiredString } from '../../parameters/text';
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
	const name = requiredString(this, itemIndex, 'name', 'Name');
	const description = this.getNodeParameter('description', itemIndex, '') as string;
	const parentId = String(this.getNodeParameter('parentId', itemIndex, '') ?? '').trim();
	const helpCenterId = String(this.getNodeParameter('helpCenterId', itemIndex, '') ?? '').trim();
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
