import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { collectionRLC } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import {
	collectionTranslationsField,
	parentField,
	readCollectionId,
	readCollectionTranslations,
} from './fields';
import { readCollection } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a collection',
	description: 'Rename a collection, change its description or translations, or move it',
};

export const description: INodeProperties[] = [
	collectionRLC(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ ...parentField, description: 'Move it inside this collection, or to the top level with "None"' },
		],
	},
	collectionTranslationsField,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Collection> {
	const collectionId = readCollectionId(this, itemIndex);
	const fields = readCollection<{
		description?: string;
		name?: string;
		parentId?: string;
	}>(this, itemIndex, 'updateFields');
	if (fields.name !== undefined && fields.name.trim() === '') {
		throw new NodeOperationError(this.getNode(), '"Name" is empty', { itemIndex });
	}
	if (fields.parentId && fields.parentId === collectionId) {
		throw new NodeOperationError(this.getNode(), 'A collection cannot be its own parent', { itemIndex });
	}
	const translatedContent = readCollectionTranslations(this, itemIndex);
	const body: IDataObject = {
		...(fields.name !== undefined ? { name: fields.name.trim() } : {}),
		...(fields.description !== undefined ? { description: fields.description } : {}),
		// null moves the collection to the top level.
		...(fields.parentId !== undefined ? { parent_id: fields.parentId === '' ? null : fields.parentId } : {}),
		...(translatedContent ? { translated_content: translatedContent } : {}),
	};
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'"Update Fields" and "Translations" are empty: nothing to update',
			{
				itemIndex,
			},
		);
	}
	return await intercomApiRequest<Intercom.Collection>(this, {
		method: 'PUT',
		path: `/help_center/collections/${collectionId}`,
		body,
		itemIndex,
	});
}
