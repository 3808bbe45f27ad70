import type { INodeProperties } from 'n8n-workflow';

/** A ticket's link in the Inbox ends in its API id (tickets are conversations there). */
export const TICKET_URL_REGEX =
	'https://app(?:\\.eu|\\.au)?\\.intercom\\.com/.*(?:conversations?|tickets?)/([0-9]+)';

/**
 * Tickets have two ids: the API's `id`, and the `ticket_id` the Inbox shows; the API only takes the first. Saved as
 * `ticketId` (a plain ID in workflows saved before the locator, which reads as By ID).
 */
export const ticketIdField: INodeProperties = {
	displayName: 'Ticket',
	name: 'ticketId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'The ticket: searched by title, or given by its link in the Inbox or its API ID (not the number the Inbox shows, which is its ticket_id)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a ticket…',
			typeOptions: { searchListMethod: 'searchTickets', searchable: true },
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/123456789',
			validation: [
				{
					type: 'regex',
					properties: { regex: TICKET_URL_REGEX, errorMessage: 'Not a link to an Intercom ticket' },
				},
			],
			extractValue: { type: 'regex', regex: TICKET_URL_REGEX },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 45',
			validation: [
				{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'A ticket ID is a number' } },
			],
		},
	],
};
