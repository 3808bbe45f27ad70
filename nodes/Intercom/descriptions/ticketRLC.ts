import type { INodeProperties } from 'n8n-workflow';

import { inboxLocator } from './inboxLocator';

/** A ticket's link in the Inbox ends in its API id (tickets are conversations there). */
export const TICKET_URL_REGEX =
	'https://app(?:\\.eu|\\.au)?\\.intercom\\.com/.*(?:conversations?|tickets?)/([0-9]+)';

/**
 * Tickets have two ids: the API's `id`, and the `ticket_id` the Inbox shows; the API only takes the first. Saved as
 * `ticketId` (a plain ID in workflows saved before the locator, which reads as By ID).
 */
export const ticketIdField: INodeProperties = inboxLocator({
	displayName: 'Ticket',
	name: 'ticketId',
	description:
		'The ticket: searched by title, or given by its link in the Inbox or its API ID (not the number the Inbox shows, which is its ticket_id)',
	noun: 'ticket',
	searchListMethod: 'searchTickets',
	urlRegex: TICKET_URL_REGEX,
	idPlaceholder: 'e.g. 45',
});
