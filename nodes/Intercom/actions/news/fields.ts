import type { INodeProperties } from 'n8n-workflow';

export const newsItemIdField: INodeProperties = {
	displayName: 'News Item Name or ID',
	name: 'newsItemId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getNewsItems' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const newsfeedIdField: INodeProperties = {
	displayName: 'Newsfeed Name or ID',
	name: 'newsfeedId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getNewsfeeds' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Dark mode is here',
};

/** What a news item has besides its title and sender, for create and update. */
export const newsItemFields: INodeProperties[] = [
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'The news item in HTML',
	},
	{
		displayName: 'Deliver Silently',
		name: 'deliverSilently',
		type: 'boolean',
		default: false,
		description: 'Whether it is published without notifying anyone',
	},
	{
		displayName: 'Labels',
		name: 'labels',
		type: 'string',
		default: '',
		placeholder: 'Product, Update',
		description: 'Comma-separated labels shown on the item',
	},
	{
		displayName: 'Newsfeed Names or IDs',
		name: 'newsfeedIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getNewsfeeds' },
		default: [],
		description:
			'The newsfeeds it appears in. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Reactions',
		name: 'reactions',
		type: 'string',
		default: '',
		placeholder: '👍, 🎉, ❤️',
		description: 'Comma-separated emoji readers can react with',
	},
	{
		displayName: 'State',
		name: 'state',
		type: 'options',
		options: [
			{ name: 'Draft', value: 'draft' },
			{ name: 'Live', value: 'live', description: 'Published' },
		],
		default: 'draft',
	},
];
