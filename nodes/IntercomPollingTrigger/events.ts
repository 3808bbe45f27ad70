import type { PolledResource, TimestampField } from './sources';

export interface PolledEvent {
	value: string;
	name: string;
	description: string;
	resource: PolledResource;
	field: TimestampField;
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
