import type { Intercom } from 'intercom-client';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { allCollections, collectionPaths } from '../actions/collection/tree';
import { cursorSource, intercomApiRequest, numberedSource, searchSource } from '../transport';

const PAGE = 50;

function contactLabel(contact: Intercom.Contact): string {
	const name = contact.name ?? contact.email ?? contact.external_id ?? contact.id;
	return contact.email && contact.name ? `${name} <${contact.email}>` : name;
}

/** Contacts whose name or email contains the filter, paged with Intercom's search cursor. */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const query: IDataObject = text
		? {
				operator: 'OR',
				value: [
					{ field: 'name', operator: '~', value: text },
					{ field: 'email', operator: '~', value: text },
					{ field: 'external_id', operator: '=', value: text },
				],
			}
		: { field: 'role', operator: 'IN', value: ['user', 'lead'] };
	const page = await searchSource<Intercom.Contact>(this, {
		path: '/contacts/search',
		itemsKey: 'data',
		body: { query },
	}).read(paginationToken, PAGE);
	return {
		results: page.items.map((contact) => ({ name: contactLabel(contact), value: contact.id })),
		paginationToken: page.next,
	};
}

/** Companies, newest activity first; Intercom has no company search, so the filter applies to each page. */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await numberedSource<Intercom.Company>(this, {
		method: 'POST',
		path: '/companies/list',
		itemsKey: 'data',
		qs: { order: 'desc' },
	}).read(paginationToken);
	const text = filter?.trim().toLowerCase();
	const companies = page.items.filter(
		(company) => !text || `${company.name} ${company.company_id}`.toLowerCase().includes(text),
	);
	return {
		results: companies.map((company) => ({
			name: `${company.name} (${company.company_id})`,
			value: company.id,
		})),
		paginationToken: page.next,
	};
}

function conversationLabel(conversation: Intercom.Conversation): string {
	const source = conversation.source;
	const text = (conversation.title ?? source?.subject ?? source?.body ?? '').replace(/<[^>]*>/g, ' ').trim();
	const author = source?.author?.email ?? source?.author?.name;
	const summary = text.length > 60 ? `${text.slice(0, 57)}…` : text || 'Conversation';
	return `${summary}${author ? ` · ${author}` : ''} (#${conversation.id})`;
}

/** Conversations whose subject or author matches the text, or whose id is the text. */
function conversationQuery(text: string): IDataObject {
	return {
		operator: 'OR',
		value: [
			{ field: 'source.subject', operator: '~', value: text },
			{ field: 'source.author.email', operator: '~', value: text },
			{ field: 'source.author.name', operator: '~', value: text },
			...(/^[0-9]+$/.test(text) ? [{ field: 'id', operator: '=', value: text }] : []),
		],
	};
}

/**
 * The most recently updated conversations, paged with Intercom's cursor; with a filter, those whose subject, author
 * or id match it (conversation search, which pages the same way).
 */
export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const source = text
		? searchSource<Intercom.Conversation>(this, {
				path: '/conversations/search',
				itemsKey: 'conversations',
				body: { query: conversationQuery(text) },
			})
		: cursorSource<Intercom.Conversation>(this, { path: '/conversations', itemsKey: 'conversations' });
	const page = await source.read(paginationToken, PAGE);
	return {
		results: page.items.map((conversation) => ({
			name: conversationLabel(conversation),
			value: conversation.id,
		})),
		paginationToken: page.next,
	};
}

/**
 * Tickets by title or API id (ticket search, newest first); with no filter, the tickets created since 1970, which is
 * every ticket, as Intercom's search needs a query.
 */
export async function searchTickets(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const query = text
		? {
				operator: 'OR',
				value: [
					{ field: 'title', operator: '~', value: text },
					...(/^[0-9]+$/.test(text) ? [{ field: 'id', operator: '=', value: text }] : []),
				],
			}
		: { field: 'created_at', operator: '>', value: '0' };
	const source = searchSource<Intercom.Ticket>(this, {
		path: '/tickets/search',
		itemsKey: 'tickets',
		body: { query },
	});
	const page = await source.read(paginationToken, PAGE);
	return {
		results: page.items.map((ticket) => ({
			name: `${String(ticket.ticket_attributes?._default_title_ ?? 'Ticket')} (#${ticket.ticket_id ?? ticket.id})`,
			value: ticket.id ?? '',
		})),
		paginationToken: page.next,
	};
}

/** Articles by title: Intercom's article search when there is a filter, else the newest articles page by page. */
export async function searchArticles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const toResult = (article: Intercom.Article) => ({
		name: `${article.title}${article.state === 'draft' ? ' (draft)' : ''}`,
		value: article.id,
		url: article.url ?? undefined,
	});
	if (text) {
		const found = await intercomApiRequest<{ data?: { articles?: Intercom.Article[] } }>(this, {
			method: 'GET',
			path: '/articles/search',
			qs: { phrase: text, state: 'all' },
		});
		return { results: (found.data?.articles ?? []).map(toResult) };
	}
	const page = await numberedSource<Intercom.Article>(this, { path: '/articles', itemsKey: 'data' }).read(
		paginationToken,
	);
	return { results: page.items.map(toResult), paginationToken: page.next };
}

/** Collections by their path ("Parent › Child"), filtered by the text typed. */
export async function searchCollections(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const collections = await allCollections(this);
	const paths = collectionPaths(collections);
	const text = filter?.trim().toLowerCase();
	return {
		results: collections
			.map((collection) => ({ name: paths.get(collection.id) ?? collection.name, value: collection.id }))
			.filter((result) => !text || result.name.toLowerCase().includes(text))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}
