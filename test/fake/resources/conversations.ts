import { badRequest, HttpError } from '../errors';
import { cursorPage, numberedPage } from '../paging';
import type { FakeThread, Json } from '../records';
import { nextNumericId, now } from '../records';
import type { SearchQuery } from '../search';
import { matches } from '../search';
import type { Handler, Route } from '../server';
import type { Store } from '../store';
import { route } from './routing';
import { checkAttributes } from './tickets';
import { checkCustomAttributes } from './workspace';

/** Conversations with their source message and parts, as `GET /conversations/{id}` shows them. */
export class ConversationRecords {
	conversations = new Map<string, FakeThread>();
	/** What `GET /conversations/deleted` lists (2.16): each deleted conversation's ID and when. */
	deletedConversations: Array<{ id: string; deleted_at: number }> = [];

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
			statistics: { type: 'conversation_statistics' },
			conversation_rating: null,
			...fields,
		};
		this.conversations.set(conversation.id, conversation);
		return conversation;
	}

	/** The contact's rating of a conversation, as the Messenger records it (no API call rates a conversation). */
	rateConversation(id: string, rating: number, remark = ''): FakeThread {
		const conversation = this.conversations.get(id);
		if (!conversation) throw new Error(`no conversation ${id}`);
		const at = now();
		Object.assign(conversation, {
			conversation_rating: { rating, remark, created_at: at, replied_at: at },
			updated_at: at,
		});
		return conversation;
	}
}

/**
 * Conversation and ticket search: no `sort` (only contact search has one), and `>`/`<` on dates are documented as
 * "greater (or equal)" / "lower (or equal)".
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/searchconversations
 */
export function searchThreads(
	records: (store: Store) => Map<string, FakeThread>,
	key: string,
	/** The record as search sees it, where Intercom searches fields the object does not show under that name. */
	searchable: (record: FakeThread) => FakeThread = (record) => record,
): Handler {
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
		const found = [...records(store).values()].filter((record) => matches(searchable(record), relaxed));
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

function adminOf(store: Store, id: unknown): Json {
	const admin = store.admins.find((candidate) => candidate.id === String(id));
	if (!admin) throw new HttpError(404, 'admin_not_found', 'Admin not found', 'admin_id');
	return admin;
}

function addPart(conversation: FakeThread, part: Json): void {
	const parts = conversation.conversation_parts as { conversation_parts: Json[]; total_count: number };
	parts.conversation_parts.push({
		type: 'conversation_part',
		id: nextNumericId(),
		created_at: now(),
		...part,
	});
	parts.total_count = parts.conversation_parts.length;
	conversation.updated_at = now();
	const statistics = (conversation.statistics ??= { type: 'conversation_statistics' }) as Json;
	const author = (part.author ?? {}) as Json;
	if (part.part_type === 'comment' || part.part_type === 'quick_reply') {
		statistics[author.type === 'admin' ? 'last_admin_reply_at' : 'last_contact_reply_at'] = now();
	}
	if (part.part_type === 'close') statistics.last_close_at = now();
}

/** The contact a contact reply names by `intercom_user_id`, `user_id` (external id) or `email`. */
function replyingContact(store: Store, body: Json): Json {
	const contact = [...store.contacts.values()].find(
		(candidate) =>
			(body.intercom_user_id && candidate.id === body.intercom_user_id) ||
			(body.user_id && candidate.external_id === body.user_id) ||
			(body.email && candidate.email === body.email),
	);
	if (!contact) throw new HttpError(404, 'not_found', 'User Not Found');
	return contact;
}

const reply: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	if ((body.message_type === 'comment' || body.message_type === 'note') && !body.body) {
		throw new HttpError(400, 'parameter_not_found', 'body is required', 'body');
	}
	const author =
		body.type === 'admin'
			? { type: 'admin', id: adminOf(store, body.admin_id).id }
			: { type: 'user', id: replyingContact(store, body).id };
	const urls = (body.attachment_urls ?? []) as string[];
	const files = (body.attachment_files ?? []) as Json[];
	addPart(conversation, {
		part_type: body.message_type,
		body: body.body,
		author,
		attachments: [
			...urls.map((url) => ({ type: 'upload', url })),
			...files.map((file) => ({
				type: 'upload',
				name: file.name,
				content_type: file.content_type,
				filesize: String(file.data).length,
			})),
		],
	});
	return { body: conversation };
};

const manage: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	const admin = adminOf(store, body.admin_id);
	switch (body.message_type) {
		case 'close':
			Object.assign(conversation, { state: 'closed', open: false });
			break;
		case 'open':
			Object.assign(conversation, { state: 'open', open: true, snoozed_until: null });
			break;
		case 'snoozed':
			Object.assign(conversation, { state: 'snoozed', snoozed_until: body.snoozed_until });
			break;
		case 'assignment': {
			const assignee = String(body.assignee_id);
			if (body.type === 'team') {
				if (assignee !== '0' && !store.teams.some((team) => team.id === assignee))
					throw new HttpError(404, 'team_not_found', 'Team not found', 'assignee_id');
				conversation.team_assignee_id = assignee === '0' ? null : assignee;
			} else {
				if (assignee !== '0') adminOf(store, assignee);
				conversation.admin_assignee_id = assignee === '0' ? null : assignee;
			}
			break;
		}
		default:
			throw badRequest(`message_type ${String(body.message_type)} is not valid`, 'message_type');
	}
	addPart(conversation, {
		part_type: body.message_type,
		body: body.body ?? null,
		author: { type: 'admin', id: admin.id },
	});
	return { body: conversation };
};

function conversationTags(conversation: FakeThread): Array<Json & { id: string }> {
	conversation.tags ??= { type: 'tag.list', tags: [] };
	return (conversation.tags as { tags: Array<Json & { id: string }> }).tags;
}

const tagConversation: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	adminOf(store, body.admin_id);
	const tag = store.tags.get(String(body.id));
	if (!tag) throw new HttpError(404, 'tag_not_found', 'Tag not found');
	if (!conversationTags(conversation).some((entry) => entry.id === tag.id)) {
		// A conversation's tags carry when and by whom each was applied.
		conversationTags(conversation).push({
			...tag,
			applied_at: now(),
			applied_by: { type: 'admin', id: String(body.admin_id) },
		});
		conversation.updated_at = now();
	}
	return { body: tag };
};

const untagConversation: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	adminOf(store, body.admin_id);
	const tag = store.tags.get(params.tagId);
	if (!tag) throw new HttpError(404, 'tag_not_found', 'Tag not found');
	conversation.tags = {
		type: 'tag.list',
		tags: conversationTags(conversation).filter((entry) => entry.id !== tag.id),
	};
	return { body: tag };
};

/** A contact-initiated conversation; Intercom answers with the message, which names the conversation. */
const createConversation: Handler = ({ store, body }) => {
	const from = body.from as { type?: string; id?: string };
	const contact = store.contacts.get(String(from.id));
	if (!contact) throw new HttpError(404, 'not_found', 'User Not Found');
	const conversation = store.addConversation({
		source: {
			type: 'conversation',
			id: `source-${nextNumericId()}`,
			delivered_as: 'customer_initiated',
			subject: body.subject ?? '',
			body: `<p>${String(body.body)}</p>`,
			author: { type: contact.role, id: contact.id, name: contact.name, email: contact.email },
		},
		contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: contact.id }] },
	});
	return {
		body: {
			type: 'user_message',
			id: nextNumericId(),
			created_at: conversation.created_at,
			body: body.body,
			message_type: body.subject ? 'email' : 'inapp',
			conversation_id: conversation.id,
		},
	};
};

const updateConversation: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	if (body.title !== undefined) conversation.title = body.title;
	if (body.read !== undefined) conversation.read = body.read;
	if (body.company_id !== undefined) {
		const company = store.companies.get(String(body.company_id));
		if (!company) throw new HttpError(404, 'company_not_found', 'Company Not Found');
		conversation.company = { type: 'company', id: company.id, name: company.name };
	}
	if (body.custom_attributes !== undefined) {
		conversation.custom_attributes = {
			...((conversation.custom_attributes as Json | undefined) ?? {}),
			...checkCustomAttributes(store, 'conversation', body.custom_attributes),
		};
	}
	conversation.updated_at = now();
	return { body: conversation };
};

function participants(conversation: FakeThread): Array<{ type: 'contact'; id: string }> {
	conversation.contacts ??= { type: 'contact.list', contacts: [] };
	return (conversation.contacts as { contacts: Array<{ type: 'contact'; id: string }> }).contacts;
}

const attachParticipant: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	adminOf(store, body.admin_id);
	const contact = replyingContact(store, (body.customer ?? {}) as Json);
	if (!participants(conversation).some((entry) => entry.id === contact.id)) {
		participants(conversation).push({ type: 'contact', id: String(contact.id) });
	}
	return { body: conversation };
};

const detachParticipant: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	adminOf(store, body.admin_id);
	const remaining = participants(conversation).filter((entry) => entry.id !== params.contactId);
	if (remaining.length === participants(conversation).length)
		throw new HttpError(404, 'not_found', 'User Not Found');
	if (remaining.length === 0)
		throw new HttpError(422, 'parameter_invalid', 'Removing the last customer is not allowed');
	conversation.contacts = { type: 'contact.list', contacts: remaining };
	return { body: conversation };
};

const redact: Handler = ({ store, body }) => {
	const conversation = conversationOf(store, String(body.conversation_id));
	if (body.type === 'source') {
		const source = conversation.source as Json;
		if (source.id !== body.source_id) throw new HttpError(404, 'not_found', 'Source Not Found');
		source.body = '<p><i>This message was deleted</i></p>';
	} else {
		const parts = (conversation.conversation_parts as { conversation_parts: Json[] }).conversation_parts;
		const part = parts.find((candidate) => candidate.id === body.conversation_part_id);
		if (!part) throw new HttpError(404, 'not_found', 'Conversation Part Not Found');
		part.body = '<p><i>This message was deleted</i></p>';
		part.redacted = true;
	}
	return { body: conversation };
};

/** The conversation becomes a ticket of the type, for its contact, linked to it. */
const convertToTicket: Handler = ({ store, params, body }) => {
	const conversation = conversationOf(store, params.id);
	const [contact] = participants(conversation);
	if (!contact) throw new HttpError(422, 'parameter_invalid', 'The conversation has no contact');
	const type = store.ticketTypes.find((candidate) => candidate.id === String(body.ticket_type_id));
	if (!type) throw new HttpError(404, 'not_found', 'Ticket type not found', 'ticket_type_id');
	checkAttributes(type, (body.attributes ?? {}) as Json, true);
	const ticket = store.addTicket({
		ticket_type: { type: 'ticket_type', id: type.id, name: type.name, category: type.category },
		ticket_attributes: (body.attributes ?? {}) as Json,
		contacts: { type: 'contact.list', contacts: [contact] },
		linked_objects: { type: 'list', data: [{ type: 'conversation', id: conversation.id }] },
	});
	return { body: ticket };
};

export const routes: Route[] = [
	route('POST', '/conversations', createConversation),
	route('POST', '/conversations/:id/convert', convertToTicket),
	route('POST', '/conversations/redact', redact),
	route('GET', '/conversations/deleted', ({ store, query }) => {
		const deleted = [...store.deletedConversations].sort((a, b) =>
			query.order === 'asc' ? a.deleted_at - b.deleted_at : b.deleted_at - a.deleted_at,
		);
		return { body: numberedPage(deleted, query.page, query.per_page, 50, 'conversations') };
	}),
	route('PUT', '/conversations/:id', updateConversation),
	route('DELETE', '/conversations/:id', ({ store, params }) => {
		const conversation = conversationOf(store, params.id);
		store.conversations.delete(conversation.id);
		store.deletedConversations.push({ id: conversation.id, deleted_at: now() });
		return { body: { id: conversation.id, object: 'conversation', deleted: true } };
	}),
	route('POST', '/conversations/:id/customers', attachParticipant),
	route('DELETE', '/conversations/:id/customers/:contactId', detachParticipant),
	route('POST', '/conversations/:id/reply', reply),
	route('POST', '/conversations/:id/parts', manage),
	route('POST', '/conversations/:id/tags', tagConversation),
	route('DELETE', '/conversations/:id/tags/:tagId', untagConversation),
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
