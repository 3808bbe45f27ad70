import type { INodeProperties } from 'n8n-workflow';

/** Intercom's article URLs end in `/articles/<id>-<slug>`. */
const ARTICLE_URL_REGEX = '^https?://[^\\s]+/articles/(\\d+)(?:-[^\\s/]*)?/?(?:[?#].*)?$';

/** An article picked from a list (searched by title), given by its ID, or by its URL. */
export function articleRLC(): INodeProperties {
	return {
		displayName: 'Article',
		name: 'article',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select an article…',
				typeOptions: { searchListMethod: 'searchArticles', searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://help.example.com/en/articles/6871122-getting-started',
				extractValue: { type: 'regex', regex: ARTICLE_URL_REGEX },
				validation: [
					{
						type: 'regex',
						properties: { regex: ARTICLE_URL_REGEX, errorMessage: 'Not an Intercom article URL' },
					},
				],
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 6871122',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'An article ID is a number' } },
				],
			},
		],
	};
}

/** A collection picked from a list (shown with its parents) or given by its ID. */
export function collectionRLC(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Collection',
		name: 'collection',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a collection…',
				typeOptions: { searchListMethod: 'searchCollections', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 2978413',
				validation: [
					{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A collection ID is a number' } },
				],
			},
		],
		...overrides,
	};
}

export const helpCenterField: INodeProperties = {
	displayName: 'Help Center Name or ID',
	name: 'helpCenterId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getHelpCenters' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
