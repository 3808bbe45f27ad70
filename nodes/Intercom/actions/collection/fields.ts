import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readCollection, readLocator } from '../../parameters/read';

export const parentField: INodeProperties = {
	displayName: 'Parent Collection Name or ID',
	name: 'parentId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCollections' },
	default: '',
	description:
		'Nest it inside this collection; "None" keeps it at the top level. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const collectionTranslationsField: INodeProperties = {
	displayName: 'Translations',
	name: 'translations',
	type: 'fixedCollection',
	placeholder: 'Add Translation',
	typeOptions: { multipleValues: true },
	default: {},
	options: [
		{
			displayName: 'Translation',
			name: 'translation',
			values: [
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{
					displayName: 'Locale',
					name: 'locale',
					type: 'string',
					default: '',
					placeholder: 'e.g. fr',
					description: 'A language code of the help center, such as fr, de or pt-BR',
				},
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			],
		},
	],
};

/** Intercom's `group_translated_content`: a name (and description) per locale. */
export function readCollectionTranslations(
	context: IExecuteFunctions,
	itemIndex: number,
): IDataObject | undefined {
	const entries =
		readCollection<{ translation: Array<{ locale?: string; name?: string; description?: string }> }>(
			context,
			itemIndex,
			'translations',
		).translation ?? [];
	if (entries.length === 0) return undefined;
	const translated: IDataObject = { type: 'group_translated_content' };
	for (const entry of entries) {
		const locale = (entry.locale ?? '').trim();
		const name = (entry.name ?? '').trim();
		const fail = (problem: string) =>
			new NodeOperationError(context.getNode(), `Translation "${locale}" ${problem}`, { itemIndex });
		if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) throw fail('is not a language code such as fr or pt-BR');
		if (locale in translated) throw fail('is given twice');
		if (name === '') throw fail('has no name');
		translated[locale] = {
			type: 'group_content',
			name,
			...(entry.description ? { description: entry.description } : {}),
		};
	}
	return translated;
}

export function readCollectionId(context: IExecuteFunctions, itemIndex: number): string {
	const { value } = readLocator(context, itemIndex, 'collection', 'choose a collection, or give its ID');
	if (!/^\d+$/.test(value)) {
		throw new NodeOperationError(context.getNode(), `"Collection" must be a collection ID, not "${value}"`, {
			itemIndex,
		});
	}
	return value;
}
