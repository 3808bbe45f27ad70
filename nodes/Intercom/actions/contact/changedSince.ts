import type { Intercom } from 'intercom-client';

import type { IntercomContext, PageSource } from '../../transport';
import { filteredSource, pagesOf, searchSource } from '../../transport';

const DAY_SECONDS = 86_400;

export interface ChangedSinceQuery {
	field: 'created_at' | 'updated_at';
	/** Unix seconds: contacts whose `field` is at or after it. */
	since: number;
	/** Newest first stops paging at the first contact older than `since`. */
	order: 'ascending' | 'descending';
	/** More search filters, ANDed with the date. */
	filters?: Intercom.SingleFilterSearchRequest[];
	/** Stop asking for pages once this many contacts were read. */
	limit?: number;
	itemIndex?: number;
}

/**
 * Contacts whose `field` is at or after `since`, as pages. Intercom's contact search compares dates by calendar day
 * in the workspace's time zone (`>` starts at the next day), so the query asks from a day earlier and the exact cut
 * is made here. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/searchcontacts
 */
export function contactsChangedSinceSource<T extends object = Intercom.Contact>(
	context: IntercomContext,
	{ field, since, order, filters = [], itemIndex }: Omit<ChangedSinceQuery, 'limit'>,
): PageSource<T> {
	const changed: Intercom.SingleFilterSearchRequest = { field, operator: '>', value: since - DAY_SECONDS };
	const query = filters.length === 0 ? changed : { operator: 'AND', value: [changed, ...filters] };
	const search = searchSource<T>(context, {
		path: '/contacts/search',
		itemsKey: 'data',
		body: { query, sort: { field, order } },
		itemIndex,
	});
	const isChanged = (contact: T) => Number((contact as Record<string, unknown>)[field]) >= since;
	return filteredSource(search, isChanged, order === 'descending');
}

/** The same contacts page by page, up to `limit`. */
export function contactsChangedSince<T extends object = Intercom.Contact>(
	context: IntercomContext,
	query: ChangedSinceQuery,
): AsyncGenerator<T[]> {
	return pagesOf(contactsChangedSinceSource<T>(context, query), query.limit);
}
