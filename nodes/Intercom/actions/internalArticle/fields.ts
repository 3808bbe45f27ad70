import type { INodeProperties } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';

export const internalArticleIdField: INodeProperties = {
	displayName: 'Internal Article Name or ID',
	name: 'internalArticleId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getInternalArticles' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const bodyField: INodeProperties = {
	displayName: 'Body',
	name: 'body',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	description: 'The article in HTML',
};

export const authorField = adminPicker({
	displayName: 'Author',
	name: 'authorId',
	purpose: 'The teammate shown as its author',
	tokenOwnerFirst: true,
});

export const ownerField = adminPicker({
	displayName: 'Owner',
	name: 'ownerId',
	purpose: 'The teammate who keeps it up to date',
	tokenOwnerFirst: true,
});
