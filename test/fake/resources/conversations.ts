import { badRequest, HttpError } from '../errors';
import { cursorPage } from '../paging';
import type { FakeThread, Json } from '../records';
import { nextNumericId, now } from '../records';
import type { SearchQuery } from '../search';
import { matches } from '../search';
import type { Handler } from '../server';
import type { Store } from '../store';
import { route } from './routing';

/** Conversations are only searched so far (the polling trigger). */
export class ConversationRecords {
	conversations = new Map<string, FakeThread>();

	addConversation(fields: Partial<FakeThread> = {}): FakeThread {
		const timestamp = now();
		const conversation: FakeThread = {
			type: 'conversation',
			id: nextNumericId(),
			title: null,
			created_at: timestamp,
			updated_at: timestamp,
			open: true,
			state: 'open',
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

export const routes = [
	route(
		'POST',
		'/conversations/search',
		searchThreads((store) => store.conversations, 'conversations'),
	),
];
