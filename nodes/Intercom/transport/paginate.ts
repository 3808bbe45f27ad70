import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { IntercomContext } from './context';
import { intercomApiRequest } from './request';

/** Intercom's largest page for cursor lists and searches. */
const MAX_CURSOR_PAGE = 150;
/** Page-numbered lists (companies, notes): Intercom documents no maximum; 50 is accepted everywhere. */
export const MAX_NUMBERED_PAGE = 50;

export interface PageSpec {
	path: string;
	/** Key of the array in the response: `data`, `companies`, `segments`…; empty takes the first array there is. */
	itemsKey: string;
	qs?: IDataObject;
	/** Stop asking for more once this many items were read; undefined reads all. */
	limit?: number;
	itemIndex?: number;
}

interface PagedResponse {
	pages?: {
		next?: { starting_after?: string | null } | string | null;
		page?: number;
		total_pages?: number;
	} | null;
	scroll_param?: string;
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

function wantsMore(spec: PageSpec, read: number): boolean {
	return spec.limit === undefined || read < spec.limit;
}

/** `GET` lists paged by `?starting_after=` taken from `pages.next.starting_after` (contacts, conversations). */
export async function* cursorPages<T>(context: IntercomContext, spec: PageSpec): AsyncGenerator<T[]> {
	let startingAfter: string | undefined;
	let read = 0;
	do {
		const response = await intercomApiRequest<PagedResponse>(context, {
			method: 'GET',
			path: spec.path,
			qs: {
				...spec.qs,
				per_page: pageSize(MAX_CURSOR_PAGE, spec.limit, read),
				...(startingAfter ? { starting_after: startingAfter } : {}),
			},
			itemIndex: spec.itemIndex,
		});
		const items = itemsOf<T>(response, spec.itemsKey);
		read += items.length;
		yield items;
		startingAfter = items.length > 0 ? nextCursor(response) : undefined;
	} while (startingAfter && wantsMore(spec, read));
}

/**
 * Search endpoints take their cursor in the body: `starting_after` in the query string silently returns page one
 * again. https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination
 */
export async function* searchPages<T>(
	context: IntercomContext,
	spec: PageSpec & { body: IDataObject },
): AsyncGenerator<T[]> {
	let startingAfter: string | undefined;
	let read = 0;
	do {
		const response = await intercomApiRequest<PagedResponse>(context, {
			method: 'POST',
			path: spec.path,
			qs: spec.qs,
			body: {
				...spec.body,
				pagination: {
					per_page: pageSize(MAX_CURSOR_PAGE, spec.limit, read),
					...(startingAfter ? { starting_after: startingAfter } : {}),
				},
			},
			itemIndex: spec.itemIndex,
			retryable: true,
		});
		const items = itemsOf<T>(response, spec.itemsKey);
		read += items.length;
		yield items;
		startingAfter = items.length > 0 ? nextCursor(response) : undefined;
	} while (startingAfter && wantsMore(spec, read));
}

/** Lists paged by `?page=&per_page=` (companies, notes, a company's contacts, a contact's companies). */
export async function* numberedPages<T>(
	context: IntercomContext,
	spec: PageSpec & { method?: IHttpRequestMethods },
): AsyncGenerator<T[]> {
	let page = 1;
	let read = 0;
	for (;;) {
		const response = await intercomApiRequest<PagedResponse>(context, {
			method: spec.method ?? 'GET',
			path: spec.path,
			qs: { ...spec.qs, page, per_page: pageSize(MAX_NUMBERED_PAGE, spec.limit, read) },
			itemIndex: spec.itemIndex,
			// `POST /companies/list` only reads.
			retryable: true,
		});
		const items = itemsOf<T>(response, spec.itemsKey);
		read += items.length;
		yield items;
		const totalPages = response.pages?.total_pages;
		const hasNext = totalPages === undefined ? Boolean(response.pages?.next) : page < totalPages;
		if (items.length === 0 || !hasNext || !wantsMore(spec, read)) return;
		page++;
	}
}

/**
 * `GET /companies/scroll`: the only way past the 10,000 companies that `POST /companies/list` reaches. One scroll
 * may be open per app, and it ends with an empty page.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/companies/scrolloverallcompanies
 */
export async function* scrollPages<T>(context: IntercomContext, spec: PageSpec): AsyncGenerator<T[]> {
	let scrollParam: string | undefined;
	let read = 0;
	for (;;) {
		const response = await intercomApiRequest<PagedResponse>(context, {
			method: 'GET',
			path: spec.path,
			qs: scrollParam ? { ...spec.qs, scroll_param: scrollParam } : spec.qs,
			itemIndex: spec.itemIndex,
		});
		const items = itemsOf<T>(response, spec.itemsKey);
		read += items.length;
		if (items.length === 0) return;
		yield items;
		scrollParam = response.scroll_param;
		if (!scrollParam || !wantsMore(spec, read)) return;
	}
}

/** The same pages with only the items `keep` accepts; an emptied page is skipped. */
export async function* filterPages<T>(
	pages: AsyncIterable<T[]>,
	keep: (item: T) => boolean,
): AsyncGenerator<T[]> {
	for await (const page of pages) {
		const kept = page.filter(keep);
		if (kept.length > 0) yield kept;
	}
}

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
	spec: { path: string; itemsKey?: string; itemIndex?: number },
): Promise<T[]> {
	const response = await intercomApiRequest<PagedResponse>(context, {
		method: 'GET',
		path: spec.path,
		itemIndex: spec.itemIndex,
	});
	return itemsOf<T>(response, spec.itemsKey ?? 'data');
}
