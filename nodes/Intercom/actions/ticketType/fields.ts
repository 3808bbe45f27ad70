import type { INodeProperties } from 'n8n-workflow';

/** The ticket type an operation acts on, archived ones included (they can be unarchived). */
export const ticketTypeIdField: INodeProperties = {
	displayName: 'Ticket Type Name or ID',
	name: 'ticketTypeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTicketTypes' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const categoryOptions = [
	{ name: 'Customer', value: 'Customer', description: 'Requests from customers, shared with them' },
	{
		name: 'Back-Office',
		value: 'Back-office',
		description: 'Work behind the scenes, linked to conversations',
	},
	{ name: 'Tracker', value: 'Tracker', description: 'One issue many conversations are linked to' },
];

/** The fields a ticket type has besides its name, for create and update. */
export const ticketTypeFields: INodeProperties[] = [
	{
		displayName: 'Category',
		name: 'category',
		type: 'options',
		options: categoryOptions,
		default: 'Customer',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Icon',
		name: 'icon',
		type: 'string',
		default: '',
		placeholder: '🎟️',
		description: 'An emoji shown beside the type, from the Twemoji set',
	},
	{
		displayName: 'Internal',
		name: 'isInternal',
		type: 'boolean',
		default: false,
		description: 'Whether tickets of this type are for teammates only (never shared with the customer)',
	},
];

/** An attribute's settings, for create and update; Intercom ignores those that do not fit its data type. */
export const attributeSettings: INodeProperties[] = [
	{
		displayName: 'Allow Multiple Values',
		name: 'allowMultipleValues',
		type: 'boolean',
		default: false,
		description: 'Whether a files attribute takes more than one file',
	},
	{
		displayName: 'List Items',
		name: 'listItems',
		type: 'string',
		default: '',
		placeholder: 'Low, Medium, High',
		description: 'The choices of a list attribute, comma-separated',
	},
	{
		displayName: 'Multiline',
		name: 'multiline',
		type: 'boolean',
		default: false,
		description: 'Whether a text attribute takes several lines',
	},
	{
		displayName: 'Required to Create',
		name: 'requiredToCreate',
		type: 'boolean',
		default: false,
		description: 'Whether teammates must fill it in to create a ticket',
	},
	{
		displayName: 'Required to Create for Contacts',
		name: 'requiredToCreateForContacts',
		type: 'boolean',
		default: false,
		description: 'Whether contacts must fill it in to create a ticket',
	},
	{
		displayName: 'Visible on Create',
		name: 'visibleOnCreate',
		type: 'boolean',
		default: true,
		description: 'Whether it is shown when a ticket is created',
	},
	{
		displayName: 'Visible to Contacts',
		name: 'visibleToContacts',
		type: 'boolean',
		default: true,
		description: 'Whether contacts see it on their tickets',
	},
];
