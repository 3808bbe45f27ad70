import type { INodeProperties } from 'n8n-workflow';

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
