import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';
import { articleRLC } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readArticleId } from './articleId';
import {
	authorIdOf,
	collectionField,
	contentFields,
	readTranslations,
	withAuthor,
	stateField,
	translationsField,
} from './fields';
import { memberSite, readCollection } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update an article',
	description: "Change an article's content, state, author, collection or translations",
};

export const description: INodeProperties[] = [
	articleRLC(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			adminPicker({ displayName: 'Author', name: 'authorId' }),
			...contentFields,
			{
				...collectionField,
				description: 'Move the article to this collection. ' + collectionField.description,
			},
			stateField,
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	},
	translationsField,
];

interface UpdateFields {
	authorId?: string;
	body?: string;
	collectionId?: string;
	description?: string;
	state?: string;
	title?: string;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Article> {
	const articleId = readArticleId(this, itemIndex);
	const fields = readCollection<UpdateFields>(this, itemIndex, 'updateFields');
	const authorId = fields.authorId
		? authorIdOf(
				this,
				itemIndex,
				fields.authorId,
				memberSite(this, itemIndex, 'updateFields', 'authorId').label,
			)
		: undefined;
	const translatedContent = withAuthor(readTranslations(this, itemIndex), authorId);
	if (fields.title !== undefined && fields.title.trim() === '') {
		throw new NodeOperationError(this.getNode(), '"Title" is empty', { itemIndex });
	}
	const body: IDataObject = {
		...(fields.title !== undefined ? { title: fields.title.trim() } : {}),
		...(fields.description !== undefined ? { description: fields.description } : {}),
		...(fields.body !== undefined ? { body: fields.body } : {}),
		...(fields.state !== undefined ? { state: fields.state } : {}),
		...(authorId !== undefined ? { author_id: authorId } : {}),
		// Unlike create, update takes the collection id as a string.
		...(fields.collectionId ? { parent_id: String(fields.collectionId), parent_type: 'collection' } : {}),
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
	return await intercomApiRequest<Intercom.Article>(this, {
		method: 'PUT',
		path: `/articles/${articleId}`,
		body,
		itemIndex,
	});
}
