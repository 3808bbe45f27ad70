import type { PolledResource, TimestampField } from './sources';

export interface PolledEvent {
	value: string;
	name: string;
	description: string;
	resource: PolledResource;
	/** The date the search follows. */
	field: TimestampField;
	/** Where the record holds the change's time, when not at `field` (a rating's own time). */
	timestamp?: string;
	/** One item per tag applied since the last poll, each with its conversation. */
	perTag?: boolean;
}

const RESOURCES: Array<{ resource: PolledResource; noun: string; plural: string }> = [
	{ resource: 'company', noun: 'Company', plural: 'companies' },
	{ resource: 'contact', noun: 'Contact', plural: 'contacts' },
	{ resource: 'conversation', noun: 'Conversation', plural: 'conversations' },
	{ resource: 'ticket', noun: 'Ticket', plural: 'tickets' },
];

/** What the trigger can watch: each resource's new records (`created_at`) or new and changed ones (`updated_at`). */
export const POLLED_EVENTS: PolledEvent[] = RESOURCES.flatMap(({ resource, noun, plural }) => [
	{
		value: `${resource}Created`,
		name: `New ${noun}`,
		description: `${noun === 'Company' ? 'Companies' : `${noun}s`} created since the last poll (created_at)`,
		resource,
		field: 'created_at' as const,
	},
	{
		value: `${resource}Updated`,
		name: `New or Updated ${noun}`,
		description: `${plural[0].toUpperCase()}${plural.slice(1)} created or changed since the last poll (updated_at)`,
		resource,
		field: 'updated_at' as const,
	},
]);

/**
 * What happens in a conversation, from its statistics, rating and tags: the events peers poll for.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/searchconversations
 */
POLLED_EVENTS.push(
	{
		value: 'conversationAdminReplied',
		name: 'New Admin Reply',
		description: 'Conversations a teammate replied to since the last poll (statistics.last_admin_reply_at)',
		resource: 'conversation',
		field: 'statistics.last_admin_reply_at',
	},
	{
		value: 'conversationContactReplied',
		name: 'New Contact Reply',
		description:
			'Conversations the contact replied to since the last poll (statistics.last_contact_reply_at)',
		resource: 'conversation',
		field: 'statistics.last_contact_reply_at',
	},
	{
		value: 'conversationClosed',
		name: 'Conversation Closed',
		description: 'Conversations closed since the last poll (statistics.last_close_at)',
		resource: 'conversation',
		field: 'statistics.last_close_at',
	},
	{
		value: 'conversationRated',
		name: 'Conversation Rated',
		description: 'Conversations the contact rated since the last poll, with the rating (conversation_rating)',
		resource: 'conversation',
		field: 'conversation_rating.replied_at',
		timestamp: 'conversation_rating.created_at',
	},
	{
		value: 'conversationTagAdded',
		name: 'Tag Added to Conversation',
		description:
			'One item per tag applied to a conversation since the last poll, as "tag" beside the conversation',
		resource: 'conversation',
		field: 'updated_at',
		timestamp: 'tag.applied_at',
		perTag: true,
	},
);

/** The event values of one resource, for display conditions. */
export const eventsOf = (resource: PolledResource) =>
	POLLED_EVENTS.filter((event) => event.resource === resource).map((event) => event.value);

/** The event the node's parameter names; an unknown value (a workflow from another version) is refused. */
export function polledEvent(value: string): PolledEvent | undefined {
	return POLLED_EVENTS.find((event) => event.value === value);
}

/** The node's subtitle on the canvas: the event's name ("New or Updated Conversation"). */
export const eventSubtitle = `={{ (${JSON.stringify(
	Object.fromEntries(POLLED_EVENTS.map(({ value, name }) => [value, name])),
)})[$parameter["event"]] }}`;
