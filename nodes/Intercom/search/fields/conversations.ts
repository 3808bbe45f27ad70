import type { SearchCatalogue } from '../catalogue';

const statistics = [
	'time_to_assignment',
	'time_to_admin_reply',
	'time_to_first_close',
	'time_to_last_close',
	'median_time_to_reply',
	'count_reopens',
	'count_assignments',
	'count_conversation_parts',
].map((name) => [`statistics.${name}`, name] as const);

const statisticsDates = [
	'first_contact_reply_at',
	'first_assignment_at',
	'first_admin_reply_at',
	'first_close_at',
	'last_assignment_at',
	'last_assignment_admin_reply_at',
	'last_contact_reply_at',
	'last_admin_reply_at',
	'last_close_at',
].map((name) => [`statistics.${name}`, name] as const);

const title = (name: string) =>
	name
		.split('_')
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');

/**
 * Searchable conversation fields and their types, from the Search Conversations reference: every type takes
 * `= != IN NIN`, numbers and dates also `< >` ("greater or equal", "lower or equal"), text also `~ !~ ^ $`.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/searchconversations
 */
export const conversationSearch: SearchCatalogue = {
	records: 'conversations',
	model: 'conversation',
	fieldsMethod: 'getConversationSearchFields',
	fieldExamples:
		'state (open, closed or snoozed), source.author.email, source.subject, admin_assignee_id, created_at, waiting_since',
	fieldExample: 'state',
	textExample:
		'state equals open AND priority equals priority\nsource.author.email endsWith @acme.com OR waiting_since lessThan 2024-06-01',
	jsonExample: {
		operator: 'AND',
		value: [
			{ field: 'open', operator: '=', value: 'true' },
			{ field: 'priority', operator: '=', value: 'priority' },
		],
	},
	operators: {
		string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
		integer: ['=', '!=', 'IN', 'NIN', '<', '>'],
		boolean: ['=', '!=', 'IN', 'NIN'],
		date: ['=', '!=', 'IN', 'NIN', '<', '>'],
		ids: ['=', '!=', 'IN', 'NIN'],
	},
	fields: {
		id: { label: 'Conversation ID', type: 'string' },
		created_at: { label: 'Created At', type: 'date' },
		updated_at: { label: 'Updated At', type: 'date' },
		open: { label: 'Open', type: 'boolean' },
		read: { label: 'Read', type: 'boolean' },
		state: { label: 'State (open, closed, snoozed)', type: 'string' },
		priority: { label: 'Priority', type: 'string' },
		waiting_since: { label: 'Waiting Since', type: 'date' },
		snoozed_until: { label: 'Snoozed Until', type: 'date' },
		channel_initiated: { label: 'Channel Initiated', type: 'string' },
		'source.type': { label: 'Source Type (conversation, email, …)', type: 'string' },
		'source.id': { label: 'Source ID', type: 'string' },
		'source.delivered_as': { label: 'Source Delivered As', type: 'string' },
		'source.subject': { label: 'Source Subject', type: 'string' },
		'source.body': { label: 'Source Body (matched word by word)', type: 'string' },
		'source.author.id': { label: 'Author ID', type: 'string' },
		'source.author.type': { label: 'Author Type', type: 'string' },
		'source.author.name': { label: 'Author Name', type: 'string' },
		'source.author.email': { label: 'Author Email', type: 'string' },
		'source.url': { label: 'Source URL', type: 'string' },
		contact_ids: { label: 'Contact IDs', type: 'ids' },
		teammate_ids: { label: 'Teammate IDs', type: 'ids' },
		admin_assignee_id: { label: 'Assigned Admin ID', type: 'integer' },
		team_assignee_id: { label: 'Assigned Team ID', type: 'integer' },
		tag_ids: { label: 'Tag IDs', type: 'ids' },
		...Object.fromEntries(
			statistics.map(([field, name]) => [
				field,
				{ label: `Statistics: ${title(name)}`, type: 'integer' as const },
			]),
		),
		...Object.fromEntries(
			statisticsDates.map(([field, name]) => [
				field,
				{ label: `Statistics: ${title(name)}`, type: 'date' as const },
			]),
		),
		'conversation_rating.requested_at': { label: 'Rating Requested At', type: 'date' },
		'conversation_rating.replied_at': { label: 'Rating Replied At', type: 'date' },
		'conversation_rating.score': { label: 'Rating Score', type: 'integer' },
		'conversation_rating.remark': { label: 'Rating Remark', type: 'string' },
		'conversation_rating.contact_id': { label: 'Rating Contact ID', type: 'string' },
		'conversation_rating.admin_id': { label: 'Rating Admin ID', type: 'string' },
	},
};
