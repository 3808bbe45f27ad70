import type { INodeProperties } from 'n8n-workflow';

/** Tickets have two ids: the API's `id`, and the `ticket_id` the Inbox shows; the API only takes the first. */
export const ticketIdField: INodeProperties = {
	displayName: 'Ticket ID',
	name: 'ticketId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 45',
	description:
		"The ticket's API ID, as Intercom's ticket objects and webhooks give it. Not the number the Inbox shows, which is its ticket_id.",
};

export const ticketTypeField: INodeProperties = {
	displayName: 'Ticket Type Name or ID',
	name: 'ticketTypeId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTicketTypes' },
	default: '',
	required: true,
	description:
		'Its attributes are offered below. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The chosen ticket type's attributes, each with its type, required flag and list options (n8n's resource mapper). */
export const ticketAttributesField: INodeProperties = {
	displayName: 'Ticket Attributes',
	name: 'ticketAttributes',
	type: 'resourceMapper',
	noDataExpression: true,
	default: { mappingMode: 'defineBelow', value: null },
	required: true,
	typeOptions: {
		loadOptionsDependsOn: ['ticketTypeId'],
		resourceMapper: {
			resourceMapperMethod: 'getTicketTypeAttributes',
			mode: 'add',
			fieldWords: { singular: 'attribute', plural: 'attributes' },
			addAllFields: true,
			multiKeyMatch: false,
			supportAutoMap: false,
		},
	},
};

/** Whom a ticket is assigned to: a teammate or a team. */
export const assigneeFields: INodeProperties[] = [
	{
		displayName: 'Assignee Admin Name or ID',
		name: 'adminAssigneeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAdmins' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Assignee Team Name or ID',
		name: 'teamAssigneeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];
