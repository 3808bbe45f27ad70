import type { INodeProperties } from 'n8n-workflow';

export const sourceIdField: INodeProperties = {
	displayName: 'Content Import Source Name or ID',
	name: 'sourceId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getContentImportSources' },
	default: '',
	required: true,
	description:
		'The source the pages belong to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const pageIdField: INodeProperties = {
	displayName: 'External Page ID',
	name: 'pageId',
	type: 'string',
	default: '',
	required: true,
	description: "Intercom's ID of the external page, as Create or Update gives it",
};

export const pageContentFields: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
	},
	{
		displayName: 'HTML',
		name: 'html',
		type: 'string',
		typeOptions: { rows: 6 },
		default: '',
		required: true,
		description: "The page's content, which Fin and Copilot read",
	},
];

export const urlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	placeholder: 'https://docs.example.com/refunds',
	description: 'Where the page lives; Fin links to it in its answers',
};

export const sourceUrlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'https://docs.example.com',
	description: 'The site or space the pages come from',
};

export const sourceStatusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Deactivated', value: 'deactivated', description: 'Its pages are not used' },
	],
	default: 'active',
};
