import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { IntercomContext } from './context';
import { intercomApiRequest } from './request';

/** Intercom's largest page for cursor lists and searches. */
const MAX_CURSOR_PAGE = 150;
/** Page-numbered lists (companies, notes): Intercom documents no maximum; 50 is accepted everywhere. */
const MAX_NUMBERED_PAGE = 50;

export interface PageSpec {
	path: string;
	/** Key of the array in the response: `data`, `companies`, `segments`…; empty takes the first array there is. */
	itemsKey: string;
	qs?: IDataObject;
	/** Stop asking for more once this many items were read; undefined reads all. */
	limit?: number;
	/** The largest page the endpoint's description allows, where it is below the usual one. */
	maxPerPage?: number;
	/** More headers for every page (API Request's own). */
	headers?: Record<string, string>;
	itemIndex?: number;
}

interface PagedResponse {
	pages?: {
		next?: { starting_after?: string | null } | string | null;
		page?: number;
		total_pages?: number;
	} | null;
	scroll_param?: string;
	total_count?: number;
	[key: string]: unknown;
}

function itemsOf<T>(response: PagedResponse, key: string): T[] {
	const items = key === '' ? Object.values(response).find((value) => Array.isArray(value)) : response[key];
	return Array.isArray(items) ? (items as T[]) : [];
}

function pageSize(max: number, limit: number | undefined, read: number): number {
	return limit === undefined ? max : Math.max(1, Math.min(max, limit - read));
}

function nextCursor(response: PagedResponse): string | undefined {
	const next = response.pages?.next;
	return typeof next === 'object' && next !== null ? (next.starting_after ?? undefined) : undefined;
}

/** One page of a list: its items, and the cursor of the next page (none on the last). */
export interface Page<T> {
	items: T[];
	next?: string;
	/** How many records the whole list holds, where Intercom says (`total_count` of lists and searches). */
	total?: number;
	/** How many pages a list paged by number has (`pages.total_pages`). */
	pages?: number;
}

/**
 * A list as pages: `read` gives the page at a cursor (none for the first) with at most `perPage` items. `key` says
 * what is listed (method, path, filters): a cursor is only good for the same key.
 */
export interface PageSource<T> {
	key: string;
	maxPerPage: number;
	read(cursor: string | undefined, perPage?: number): Promise<Page<T>>;
}

function sourceKey(method: string, spec: PageSpec, body?: IDataObject): string {
	return JSON.stringify([method, spec.path, spec.itemsKey, spec.qs ?? {}, body ?? {}]);
}

/** Every page of a source, from the first (or from `start`), until the last or until `limit` items were read. */
export async function* pagesOf<T>(
	source: PageSource<T>,
	limit?: number,
	start?: string,
): AsyncGenerator<T[]> {
	let cursor = start;
	let count = 0;
	do {
		const page = await source.read(cursor, pageSize(source.maxPerPage, limit, count));
		count += page.items.length;
		if (page.items.length > 0 || cursor === undefined) yield page.items;
		cursor = page.next;
	} while (cursor && (limit === undefined || count < limit));
}

/** A `GET` list paged by `?starting_after=`, from `pages.next.starting_after` (contacts, conversations). */
export function cursorSource<T>(context: IntercomContext, spec: PageSpec): PageSource<T> {
	return {
		key: sourceKey('GET', spec),
		maxPerPage: spec.maxPerPage ?? MAX_CURSOR_PAGE,
		async read(cursor, perPage = spec.maxPerPage ?? MAX_CURSOR_PAGE) {
			const response = await intercomApiRequest<PagedResponse>(context, {
				method: 'GET',
				path: spec.path,
				qs: { ...spec.qs, per_page: perPage, ...(cursor ? { starting_after: cursor } : {}) },
				headers: spec.headers,
				itemIndex: spec.itemIndex,
			});
			const next = nextCursor(response);
			// The cursor just read given again would read the same page for ever: the list ends there.
			return { items: itemsOf<T>(response, spec.itemsKey), next: next === cursor ? undefined : next };
		},
	};
}

/**
 * A list that answers `next_cursor` and `has_more` and takes `cursor` back (contact merge history, 2.16).
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/contacts/listcontactmergehistory
 */
export function nextCursorSource<T>(context: IntercomContext, spec: PageSpec): PageSource<T> {
	return {
		key: sourceKey('GET', spec),
		maxPerPage: MAX_CURSOR_PAGE,
		async read(cursor, perPage = MAX_CURSOR_PAGE) {
			const response = await intercomApiRequest<PagedResponse & { next_cursor?: string; has_more?: boolean }>(
				context,
				{
					method: 'GET',
					path: spec.path,
					qs: { ...spec.qs, per_page: perPage, ...(cursor ? { cursor } : {}) },
					itemIndex: spec.itemIndex,
				},
			);
			// A next cursor equal to the one just read would give the same page for ever: the list ends there.
			const next =
				response.has_more && response.next_cursor && response.next_cursor !== cursor
					? response.next_cursor
					: undefined;
			return { items: itemsOf<T>(response, spec.itemsKey), next };
		},
	};
}

/**
 * A search: search endpoints take their cursor in the body, since `starting_after` in the query string silently
 * returns page one again. https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination
 */
export function searchSource<T>(
	context: IntercomContext,
	spec: PageSpec & { body: IDataObject },
): PageSource<T> {
	return {
		key: sourceKey('POST', spec, spec.body),
		maxPerPage: MAX_CURSOR_PAGE,
		async read(cursor, perPage = MAX_CURSOR_PAGE) {
			const response = await intercomApiRequest<PagedResponse>(context, {
				method: 'POST',
				path: spec.path,
				qs: spec.qs,
				body: {
					...spec.body,
					pagination: { per_page: perPage, ...(cursor ? { starting_after: cursor } : {}) },
				},
				headers: spec.headers,
				itemIndex: spec.itemIndex,
				retryable: true,
			});
			return {
				items: itemsOf<T>(response, spec.itemsKey),
				next: nextCursor(response),
				total: response.total_count,
			};
		},
	};
}

/**
 * A list paged by `?page=&per_page=` (companies, notes, articles, a company's contacts); its cursor is the page
 * number.
 */
export function numberedSource<T>(
	context: IntercomContext,
	spec: PageSpec & { method?: IHttpRequestMethods },
): PageSource<T> {
	const method = spec.method ?? 'GET';
	return {
		key: sourceKey(method, spec),
		maxPerPage: spec.maxPerPage ?? MAX_NUMBERED_PAGE,
		async read(cursor, perPage = spec.maxPerPage ?? MAX_NUMBERED_PAGE) {
			const page = cursor ? Number(cursor) : 1;
			const response = await intercomApiRequest<PagedResponse>(context, {
				method,
				path: spec.path,
				qs: { ...spec.qs, page, per_page: perPage },
				itemIndex: spec.itemIndex,
				// `POST /companies/list` only reads.
				retryable: true,
			});
			const totalPages = response.pages?.total_pages;
			const hasNext = totalPages === undefined ? Boolean(response.pages?.next) : page < totalPages;
			return {
				items: itemsOf<T>(response, spec.itemsKey),
				next: hasNext ? String(page + 1) : undefined,
				total: response.total_count,
				pages: totalPages,
			};
		},
	};
}

/**
 * `GET /companies/scroll`: the only way past the 10,000 companies that `POST /companies/list` reaches. One scroll
 * may be open per app, and it ends with an empty page.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/companies/scrolloverallcompanies
 */
export function scrollSource<T>(context: IntercomContext, spec: PageSpec): PageSource<T> {
	return {
		key: sourceKey('GET', spec),
		maxPerPage: MAX_NUMBERED_PAGE,
		async read(cursor) {
			const response = await intercomApiRequest<PagedResponse>(context, {
				method: 'GET',
				path: spec.path,
				qs: cursor ? { ...spec.qs, scroll_param: cursor } : spec.qs,
				itemIndex: spec.itemIndex,
			});
			const items = itemsOf<T>(response, spec.itemsKey);
			return { items, next: items.length > 0 ? response.scroll_param : undefined };
		},
	};
}

/**
 * A list that pages by a `pages.next` URL (`GET /events`, with a `before` cursor); the cursor is that URL's query,
 * followed on the credential's own base URL whatever host Intercom spelled in it.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-events/lisdataevents
 */
export function nextUrlSource<T>(context: IntercomContext, spec: PageSpec): PageSource<T> {
	return {
		key: sourceKey('GET', spec),
		maxPerPage: MAX_CURSOR_PAGE,
		async read(cursor) {
			const response = await intercomApiRequest<PagedResponse>(context, {
				method: 'GET',
				path: spec.path,
				qs: cursor ? Object.fromEntries(new URLSearchParams(cursor)) : spec.qs,
				itemIndex: spec.itemIndex,
			});
			const next = response.pages?.next;
			return {
				items: itemsOf<T>(response, spec.itemsKey),
				next:
					typeof next === 'string' && next !== ''
						? new URL(next, 'https://api.intercom.io').search.slice(1)
						: undefined,
			};
		},
	};
}

/**
 * The same source with only the items `keep` accepts. With `stopAtFirstRefused` (a list sorted on what `keep` tests),
 * the page holding the first refused item is the last.
 */
export function filteredSource<T>(
	source: PageSource<T>,
	keep: (item: T) => boolean,
	stopAtFirstRefused = false,
): PageSource<T> {
	return {
		...source,
		async read(cursor, perPage) {
			const page = await source.read(cursor, perPage);
			const items = page.items.filter(keep);
			const stop = page.items.length === 0 || (stopAtFirstRefused && items.length < page.items.length);
			return { ...page, items, next: stop ? undefined : page.next };
		},
	};
}

export const cursorPages = <T>(context: IntercomContext, spec: PageSpec) =>
	pagesOf(cursorSource<T>(context, spec), spec.limit);
export const searchPages = <T>(context: IntercomContext, spec: PageSpec & { body: IDataObject }) =>
	pagesOf(searchSource<T>(context, spec), spec.limit);
export const numberedPages = <T>(
	context: IntercomContext,
	spec: PageSpec & { method?: IHttpRequestMethods },
) => pagesOf(numberedSource<T>(context, spec), spec.limit);
export const scrollPages = <T>(context: IntercomContext, spec: PageSpec) =>
	pagesOf(scrollSource<T>(context, spec), spec.limit);
export const nextUrlPages = <T>(context: IntercomContext, spec: PageSpec) =>
	pagesOf(nextUrlSource<T>(context, spec), spec.limit);

/** Streams items out of pages, stopping at `limit`: only one page is held at a time. */
async function* takeItems<T>(pages: AsyncIterable<T[]>, limit?: number): AsyncGenerator<T> {
	let taken = 0;
	for await (const page of pages) {
		for (const item of page) {
			if (limit !== undefined && taken >= limit) return;
			taken++;
			yield item;
		}
	}
}

/** All items of `pages` up to `limit`, as one array for the node's output. */
export async function collectItems<T>(pages: AsyncIterable<T[]>, limit?: number): Promise<T[]> {
	const items: T[] = [];
	for await (const item of takeItems(pages, limit)) items.push(item);
	return items;
}

/** The items of a list endpoint that has no pages (`/contacts/{id}/tags`, `/companies/{id}/segments`…). */
export async function unpagedItems<T>(
	context: IntercomContext,
	spec: { path: string; itemsKey?: string; qs?: IDataObject; itemIndex?: number },
): Promise<T[]> {
	const response = await intercomApiRequest<PagedResponse>(context, {
		method: 'GET',
		path: spec.path,
		...(spec.qs ? { qs: spec.qs } : {}),
		itemIndex: spec.itemIndex,
	});
	return itemsOf<T>(response, spec.itemsKey ?? 'data');
}
