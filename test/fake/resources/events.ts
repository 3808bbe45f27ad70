import { HttpError } from '../errors';
import type { FakeContact, Json } from '../records';
import type { Handler, Route, RouteContext } from '../server';
import { route } from './routing';

export interface FakeEvent extends Json {
	type: 'event';
	event_name: string;
	created_at: number;
	id: string;
	intercom_user_id: string;
	user_id?: string;
	email?: string;
	metadata?: Json;
}

/** Intercom keeps the first 10 metadata keys of an event, in the order sent, and ignores the rest. */
const MAX_METADATA_KEYS = 10;

export class EventRecords {
	events: FakeEvent[] = [];

	/** Every `POST /events` that Intercom accepted, duplicates included (they still count toward the rate limit). */
	eventSubmissions = 0;
}

function contactOf(context: RouteContext, key: Json): FakeContact {
	const { store } = context;
	const contact = key.id
		? store.contacts.get(String(key.id))
		: [...store.contacts.values()].find((candidate) =>
				key.user_id ? candidate.external_id === key.user_id : candidate.email === key.email,
			);
	if (!contact) throw new HttpError(404, 'not_found', 'User Not Found');
	return contact;
}

/**
 * `POST /events` answers 202 with no body. Events are unique by contact, name and `created_at`: a repeat is accepted
 * and dropped. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-events/createdataevent
 */
const trackEvent: Handler = (context) => {
	const { store, body } = context;
	const contact = contactOf(context, body);
	store.eventSubmissions++;
	const duplicate = store.events.some(
		(event) =>
			event.intercom_user_id === contact.id &&
			event.event_name === body.event_name &&
			event.created_at === body.created_at,
	);
	if (!duplicate) {
		const metadata = Object.entries((body.metadata ?? {}) as Json).slice(0, MAX_METADATA_KEYS);
		store.events.push({
			type: 'event',
			event_name: String(body.event_name),
			created_at: Number(body.created_at),
			id: `event-${store.events.length + 1}`,
			intercom_user_id: contact.id,
			...(contact.external_id ? { user_id: contact.external_id } : {}),
			...(contact.email ? { email: contact.email } : {}),
			...(metadata.length > 0 ? { metadata: Object.fromEntries(metadata) } : {}),
		});
	}
	return { status: 202, body: undefined };
};

const DEFAULT_EVENTS_PAGE = 20;

/** `GET /events?type=user&…`: newest first, paged by a `pages.next` URL; `summary=true` counts them by name. */
const listEvents: Handler = (context) => {
	const { store, query } = context;
	if (query.type !== 'user') throw new HttpError(400, 'parameter_invalid', 'type must be user', 'type');
	const contact = contactOf(context, {
		id: query.intercom_user_id,
		user_id: query.user_id,
		email: query.email,
	});
	const events = store.events
		.filter((event) => event.intercom_user_id === contact.id)
		.sort((a, b) => b.created_at - a.created_at);
	if (query.summary === 'true') {
		const byName = new Map<string, FakeEvent[]>();
		for (const event of events)
			byName.set(event.event_name, [...(byName.get(event.event_name) ?? []), event]);
		const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
		return {
			body: {
				type: 'event.summary',
				email: contact.email ?? '',
				intercom_user_id: contact.id,
				user_id: contact.external_id ?? '',
				events: [...byName].map(([name, named]) => ({
					name,
					first: iso(named[named.length - 1].created_at),
					last: iso(named[0].created_at),
					count: named.length,
					description: '',
				})),
			},
		};
	}
	const perPage = Number(query.per_page ?? DEFAULT_EVENTS_PAGE);
	const offset = Number(query.before ?? 0);
	const page = events.slice(offset, offset + perPage);
	const next = new URLSearchParams({ ...query, before: String(offset + perPage) });
	return {
		body: {
			type: 'event.list',
			events: page,
			pages: {
				...(offset + perPage < events.length
					? { next: `https://api.intercom.io/events?${next.toString()}` }
					: {}),
			},
		},
	};
};

export const routes: Route[] = [route('POST', '/events', trackEvent), route('GET', '/events', listEvents)];
