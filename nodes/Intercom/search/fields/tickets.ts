import type { SearchCatalogue } from '../catalogue';
import { conversationSearch } from './conversations';

/**
 * Searchable ticket fields and their types, from the Search Tickets reference; the operators are those of
 * conversation search. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tickets/searchtickets
 */
export const ticketSearch: SearchCatalogue = {
	records: 'tickets',
	fieldsMethod: 'getTicketSearchFields',
	fieldExamples: 'title, description, state, open, category, created_at',
	fieldExample: 'title',
	textExample:
		'open equals true AND category equals request\ntitle contains refund OR description contains refund',
	jsonExample: { field: 'open', operator: '=', value: 'true' },
	operators: conversationSearch.operators,
	fields: {
		id: { label: 'Ticket ID (API)', type: 'string' },
		created_at: { label: 'Created At', type: 'date' },
		updated_at: { label: 'Updated At', type: 'date' },
		title: { label: 'Title', type: 'string' },
		description: { label: 'Description', type: 'string' },
		category: { label: 'Category (request, task, tracker)', type: 'string' },
		ticket_type_id: { label: 'Ticket Type ID', type: 'string' },
		contact_ids: { label: 'Contact IDs', type: 'ids' },
		teammate_ids: { label: 'Teammate IDs', type: 'ids' },
		admin_assignee_id: { label: 'Assigned Admin ID', type: 'string' },
		team_assignee_id: { label: 'Assigned Team ID', type: 'string' },
		open: { label: 'Open', type: 'boolean' },
		state: { label: 'State', type: 'string' },
		snoozed_until: { label: 'Snoozed Until', type: 'date' },
	},
};
