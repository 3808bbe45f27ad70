import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { integerId, readCollection } from '../../parameters/read';

/** The locales Intercom's help center translates into (`article_translated_content`). */
const LOCALES = [
	['ar', 'Arabic'],
	['bg', 'Bulgarian'],
	['bs', 'Bosnian'],
	['ca', 'Catalan'],
	['cs', 'Czech'],
	['da', 'Danish'],
	['de', 'German'],
	['el', 'Greek'],
	['en', 'English'],
	['es', 'Spanish'],
	['et', 'Estonian'],
	['fi', 'Finnish'],
	['fr', 'French'],
	['he', 'Hebrew'],
	['hr', 'Croatian'],
	['hu', 'Hungarian'],
	['id', 'Indonesian'],
	['it', 'Italian'],
	['ja', 'Japanese'],
	['ko', 'Korean'],
	['lt', 'Lithuanian'],
	['lv', 'Latvian'],
	['mn', 'Mongolian'],
	['nb', 'Norwegian'],
	['nl', 'Dutch'],
	['pl', 'Polish'],
	['pt', 'Portuguese (Portugal)'],
	['pt-BR', 'Portuguese (Brazil)'],
	['ro', 'Romanian'],
	['ru', 'Russian'],
	['sl', 'Slovenian'],
	['sr', 'Serbian'],
	['sv', 'Swedish'],
	['tr', 'Turkish'],
	['vi', 'Vietnamese'],
	['zh-CN', 'Chinese (China)'],
	['zh-TW', 'Chinese (Taiwan)'],
] as const;

const localeOptions: INodePropertyOptions[] = LOCALES.map(([value, name]) => ({ name, value }));

export const stateField: INodeProperties = {
	displayName: 'State',
	name: 'state',
	type: 'options',
	options: [
		{ name: 'Draft', value: 'draft', description: 'Only teammates see it' },
		{ name: 'Published', value: 'published', description: 'Live in the help center' },
	],
	default: 'draft',
};

export const collectionField: INodeProperties = {
	displayName: 'Collection Name or ID',
	name: 'collectionId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCollections' },
	default: '',
	description:
		'Where the article appears in the help center. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const contentFields: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'The summary shown under the title',
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		description: 'The article in HTML, e.g. <p>Hello</p>',
	},
];

export const translationsField: INodeProperties = {
	displayName: 'Translations',
	name: 'translations',
	type: 'fixedCollection',
	placeholder: 'Add Translation',
	typeOptions: { multipleValues: true },
	default: {},
	description: 'The article in other languages of the help center',
	options: [
		{
			displayName: 'Translation',
			name: 'translation',
			values: [
				{ displayName: 'Language', name: 'locale', type: 'options', options: localeOptions, default: 'fr' },
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
				...contentFields,
				{ ...stateField, default: 'draft' },
			],
		},
	],
};

interface Translation {
	locale?: string;
	title?: string;
	description?: string;
	body?: string;
	state?: string;
}

/** Intercom's `translated_content`: one `article_content` per locale, each with a title. */
export function readTranslations(context: IExecuteFunctions, itemIndex: number): IDataObject | undefined {
	const entries =
		readCollection<{ translation: Translation[] }>(context, itemIndex, 'translations').translation ?? [];
	if (entries.length === 0) return undefined;
	const translated: IDataObject = { type: 'article_translated_content' };
	for (const entry of entries) {
		const locale = entry.locale ?? '';
		const fail = (problem: string) =>
			new NodeOperationError(context.getNode(), `Translation "${locale}" ${problem}`, { itemIndex });
		if (locale in translated) throw fail('is given twice');
		const title = (entry.title ?? '').trim();
		if (title === '') throw fail('has no title');
		translated[locale] = {
			type: 'article_content',
			title,
			...(entry.description ? { description: entry.description } : {}),
			...(entry.body ? { body: entry.body } : {}),
			...(entry.state ? { state: entry.state } : {}),
		};
	}
	return translated;
}

/** The translations credited to the article's author, as Intercom shows an author per locale. */
export function withAuthor(
	translated: IDataObject | undefined,
	authorId: number | undefined,
): IDataObject | undefined {
	if (!translated || authorId === undefined) return translated;
	return Object.fromEntries(
		Object.entries(translated).map(([locale, content]) => [
			locale,
			typeof content === 'object' ? { ...content, author_id: authorId } : content,
		]),
	);
}

/** An admin id as the integer Intercom's article calls take; `label` names the field it came from. */
export function authorIdOf(
	context: IExecuteFunctions,
	itemIndex: number,
	adminId: string,
	label: string,
): number {
	return Number(integerId(adminId, { node: context.getNode(), itemIndex, label }));
}
