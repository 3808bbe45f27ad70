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

/** The article's changes from Update Fields and Translations, refused when there are none. */
export function readArticleChanges(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = readCollection<UpdateFields>(context, itemIndex, 'updateFields');
	const authorId = fields.authorId
		? authorIdOf(
				context,
				itemIndex,
				fields.authorId,
				memberSite(context, itemIndex, 'updateFields', 'authorId').label,
			)
		: undefined;
	const translatedContent = withAuthor(readTranslations(context, itemIndex), authorId);
	if (fields.title !== undefined && fields.title.trim() === '') {
		throw new NodeOperationError(context.getNode(), '"Title" is empty', { itemIndex });
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
			context.getNode(),
			'"Update Fields" and "Translations" are empty: nothing to update',
			{
				itemIndex,
			},
		);
	}
	return body;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Article> {
	const articleId = readArticleId(this, itemIndex);
	const body = readArticleChanges(this, itemIndex);
	return await intercomApiRequest<Intercom.Article>(this, {
		method: 'PUT',
		path: `/articles/${articleId}`,
		body,
		itemIndex,
	});
}
