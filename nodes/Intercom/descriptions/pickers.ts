import type { INodeProperties } from 'n8n-workflow';

export const tagIdField: INodeProperties = {
	displayName: 'Tag Name or ID',
	name: 'tagId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTags' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

/** Companies are tagged by tag name: the picker's values are names, not ids. */
export const tagNameField: INodeProperties = {
	displayName: 'Tag Name or ID',
	name: 'tagName',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTagNames' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'Companies are tagged by tag name: an expression gives the name, not the ID',
};

export const adminIdField: INodeProperties = {
	displayName: 'Author Name or ID',
	name: 'adminId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getActingAdmins' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const subscriptionTypeField: INodeProperties = {
	displayName: 'Subscription Type Name or ID',
	name: 'subscriptionTypeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSubscriptionTypes' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
