import type { Intercom } from 'intercom-client';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { allCollections, collectionPaths } from '../actions/collection/tree';
import { intercomApiRequest, MAX_NUMBERED_PAGE } from '../transport';

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
	const response = await intercomApiRequest<Intercom.ContactList>(this, {
		method: 'POST',
		path: '/contacts/search',
		body: {
			query,
			pagination: { per_page: PAGE, ...(paginationToken ? { starting_after: paginationToken } : {}) },
		},
		retryable: true,
	});
	return {
		results: (response.data ?? []).map((contact) => ({ name: contactLabel(contact), value: contact.id })),
		paginationToken: response.pages?.next?.starting_after ?? undefined,
	};
}

/** Companies, newest activity first; Intercom has no company search, so the filter applies to each page. */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const response = await intercomApiRequest<Intercom.CompanyList>(this, {
		method: 'POST',
		path: '/companies/list',
		qs: { page, per_page: MAX_NUMBERED_PAGE, order: 'desc' },
		retryable: true,
	});
	const text = filter?.trim().toLowerCase();
	const companies = (response.data ?? []).filter(
		(company) => !text || `${company.name} ${company.company_id}`.toLowerCase().includes(text),
	);
	const totalPages = response.pages?.total_pages ?? page;
	return {
		results: companies.map((company) => ({
			name: `${company.name} (${company.company_id})`,
			value: company.id,
		})),
		paginationToken: page < totalPages ? String(page + 1) : undefined,
	};
}

function conversationLabel(conversation: Intercom.Conversation): string {
	const source = conversation.source;
	const text = (conversation.title ?? source?.subject ?? source?.body ?? '').replace(/<[^>]*>/g, ' ').trim();
	const author = source?.author?.email ?? source?.author?.name;
	const summary = text.length > 60 ? `${text.slice(0, 57)}…` : text || 'Conversation';
	return `${summary}${author ? ` · ${author}` : ''} (#${conversation.id})`;
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
	const cursor = paginationToken ? { starting_after: paginationToken } : {};
	const response = text
		? await intercomApiRequest<Intercom.ConversationList>(this, {
				method: 'POST',
				path: '/conversations/search',
				body: {
					query: {
						operator: 'OR',
						value: [
							{ field: 'source.subject', operator: '~', value: text },
							{ field: 'source.author.email', operator: '~', value: text },
							{ field: 'source.author.name', operator: '~', value: text },
							...(/^[0-9]+$/.test(text) ? [{ field: 'id', operator: '=', value: text }] : []),
						],
					},
					pagination: { per_page: PAGE, ...cursor },
				},
				retryable: true,
			})
		: await intercomApiRequest<Intercom.ConversationList>(this, {
				method: 'GET',
				path: '/conversations',
				qs: { per_page: PAGE, ...cursor },
			});
	return {
		results: (response.conversations ?? []).map((conversation) => ({
			name: conversationLabel(conversation),
			value: conversation.id,
		})),
		paginationToken: response.pages?.next?.starting_after ?? undefined,
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
	const page = Number(paginationToken ?? 1);
	const response = await intercomApiRequest<{ data?: Intercom.Article[]; pages?: { total_pages?: number } }>(
		this,
		{ method: 'GET', path: '/articles', qs: { page, per_page: MAX_NUMBERED_PAGE } },
	);
	const articles = response.data ?? [];
	const hasNext = page < (response.pages?.total_pages ?? page);
	return { results: articles.map(toResult), paginationToken: hasNext ? String(page + 1) : undefined };
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
