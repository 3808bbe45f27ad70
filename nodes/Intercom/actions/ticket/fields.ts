import type { INodeProperties } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';

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

/** Whom a ticket is assigned to: a teammate or a team. */
export const assigneeFields: INodeProperties[] = [
	adminPicker({ displayName: 'Assignee Admin', name: 'adminAssigneeId' }),
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
