import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { fieldSite, readIntegerId, readOption, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import {
	authorIdOf,
	collectionField,
	contentFields,
	readTranslations,
	withAuthor,
	stateField,
	translationsField,
} from './fields';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create an article',
	description: 'Write a help center article, as a draft or published',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Getting started',
	},
	adminPicker({ displayName: 'Author', purpose: 'The teammate shown as the author', tokenOwnerFirst: true }),
	...contentFields,
	stateField,
	collectionField,
	translationsField,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Article> {
	const title = readText(this, itemIndex, 'title', { required: true });
	const translations = readTranslations(this, itemIndex);
	const description = readText(this, itemIndex, 'description', { keepSpaces: true });
	const body = readText(this, itemIndex, 'body', { keepSpaces: true });
	const collectionId = readIntegerId(this, itemIndex, 'collectionId', { optional: true });
	const authorId = authorIdOf(
		this,
		itemIndex,
		await readActingAdmin(this, itemIndex),
		fieldSite(this, itemIndex, 'adminId').label,
	);
	const translatedContent = withAuthor(translations, authorId);
	return await intercomApiRequest<Intercom.Article>(this, {
		method: 'POST',
		path: '/articles',
		body: {
			title,
			author_id: authorId,
			state: readOption<string>(this, itemIndex, 'state'),
			...(description ? { description } : {}),
			...(body ? { body } : {}),
			...(collectionId ? { parent_id: Number(collectionId), parent_type: 'collection' } : {}),
			...(translatedContent ? { translated_content: translatedContent } : {}),
		},
		itemIndex,
	});
}
