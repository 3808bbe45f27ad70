import { badRequest, HttpError } from '../errors';
import { cursorPage } from '../paging';
import type { FakeThread, Json } from '../records';
import { nextNumericId, now } from '../records';
import type { SearchQuery } from '../search';
import { matches } from '../search';
import type { Handler } from '../server';
import type { Store } from '../store';
import { route } from './routing';

/** Conversations with their source message and parts, as `GET /conversations/{id}` shows them. */
export class ConversationRecords {
	conversations = new Map<string, FakeThread>();

	addConversation(fields: Partial<FakeThread> = {}): FakeThread {
		const timestamp = now();
		const id = nextNumericId();
		const conversation: FakeThread = {
			type: 'conversation',
			id,
			title: null,
			created_at: timestamp,
			updated_at: timestamp,
			open: true,
			read: false,
			state: 'open',
			priority: 'not_priority',
			admin_assignee_id: null,
			team_assignee_id: null,
			source: {
				type: 'conversation',
				id: `source-${id}`,
				delivered_as: 'customer_initiated',
				subject: '',
				body: '<p>Hello, I need <b>help</b></p>',
				author: { type: 'user', id: 'author-1', name: 'Jane Doe', email: 'jane@example.com' },
			},
			conversation_parts: { type: 'conversation_part.list', conversation_parts: [], total_count: 0 },
			...fields,
		};
		this.conversations.set(conversation.id, conversation);
		return conversation;
	}
}

/**
 * Conversation and ticket search: no `sort` (only contact search has one), and `>`/`<` on dates are documented as
 * "greater (or equal)" / "lower (or equal)".
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/searchconversations
 */
export function searchThreads(records: (store: Store) => Map<string, FakeThread>, key: string): Handler {
	return ({ store, body }) => {
		if (!body.query) throw new HttpError(400, 'parameter_not_found', 'query is required', 'query');
		if (body.sort !== undefined) throw badRequest('sort is not a valid parameter', 'sort');
		const pagination = (body.pagination ?? {}) as Json;
		const inclusive = (query: SearchQuery): SearchQuery =>
			query.operator === '>' || query.operator === '<'
				? { ...query, value: Number(query.value) + (query.operator === '>' ? -1 : 1) }
				: query;
		const query = body.query as SearchQuery & { value?: unknown };
		const relaxed = Array.isArray(query.value)
			? { ...query, value: (query.value as SearchQuery[]).map(inclusive) }
			: inclusive(query);
		const found = [...records(store).values()].filter((record) => matches(record, relaxed));
		return { body: cursorPage(found, pagination.per_page, pagination.starting_after, 20, key) };
	};
}

function conversationOf(store: Store, id: string): FakeThread {
	const conversation = store.conversations.get(id);
	if (!conversation) throw new HttpError(404, 'not_found', 'Resource Not Found');
	return conversation;
}

const text = (html: unknown) => (typeof html === 'string' ? html.replace(/<[^>]*>/g, '') : html);

/** `display_as=plaintext` turns the bodies of the source and the parts into text. */
function shown(conversation: FakeThread, displayAs: string | undefined): FakeThread {
	if (displayAs !== 'plaintext') return conversation;
	const source = conversation.source as Json;
	const parts = conversation.conversation_parts as { conversation_parts: Json[] };
	return {
		...conversation,
		source: { ...source, body: text(source.body) },
		conversation_parts: {
			...parts,
			conversation_parts: parts.conversation_parts.map((part) => ({ ...part, body: text(part.body) })),
		},
	};
}

export const routes = [
	route('GET', '/conversations', ({ store, query }) => ({
		body: cursorPage(
			[...store.conversations.values()],
			query.per_page,
			query.starting_after,
			20,
			'conversations',
		),
	})),
	route('GET', '/conversations/:id', ({ store, params, query }) => ({
		body: shown(conversationOf(store, params.id), query.display_as),
	})),
	route(
		'POST',
		'/conversations/search',
		searchThreads((store) => store.conversations, 'conversations'),
	),
];
