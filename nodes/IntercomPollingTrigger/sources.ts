import type { Intercom } from 'intercom-client';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { collectItems, numberedPages, scrollPages, searchPages } from '../Intercom/transport';

export type PolledResource = 'company' | 'contact' | 'conversation' | 'ticket';
export type TimestampField = 'created_at' | 'updated_at';
export type PolledRecord = IDataObject & { id: string };

/** Which records a poll watches: the timestamp it follows, and the user's filters (searched resources only). */
export interface PollQuery {
	field: TimestampField;
	filters: Intercom.SingleFilterSearchRequest[];
}

interface ChangeSource {
	/** Pages holding every record whose `field` is at or after `since` (and maybe older ones: the caller cuts). */
	changedSince(context: IPollFunctions, query: PollQuery, since: number): AsyncIterable<PolledRecord[]>;
	/** Up to `count` records, for a first run or a test fetch. */
	sample(context: IPollFunctions, query: PollQuery, count: number): Promise<PolledRecord[]>;
}

const DAY_SECONDS = 86_400;

export function timestampOf(record: PolledRecord, field: TimestampField): number {
	const value = Number(record[field]);
	return Number.isFinite(value) ? value : 0;
}

/** Pages sorted newest first, up to the first page that reaches a record older than `since`. */
async function* untilOlderThan(
	pages: AsyncIterable<PolledRecord[]>,
	field: TimestampField,
	since: number,
): AsyncGenerator<PolledRecord[]> {
	for await (const page of pages) {
		yield page;
		if (page.some((record) => timestampOf(record, field) < since)) return;
	}
}

/** `field > after`, and the user's filters. */
function searchQuery({ field, filters }: PollQuery, after: number): Intercom.SearchRequest.Query {
	const changed: Intercom.SingleFilterSearchRequest = { field, operator: '>', value: after };
	return filters.length === 0 ? changed : { operator: 'AND', value: [changed, ...filters] };
}

function searchSource(path: string, itemsKey: string): ChangeSource {
	return {
		// `>` on conversation and ticket dates is documented as "greater (or equal)"; the exact cut is the caller's.
		changedSince: (context, query, since) =>
			searchPages<PolledRecord>(context, {
				path,
				itemsKey,
				body: { query: searchQuery(query, since - 1) },
			}),
		sample: async (context, query, count) =>
			await collectItems(
				searchPages<PolledRecord>(context, {
					path,
					itemsKey,
					body: { query: searchQuery(query, 0) },
					limit: count,
				}),
				count,
			),
	};
}

const contactSearch = (query: PollQuery, after: number) => ({
	query: searchQuery(query, after),
	sort: { field: query.field, order: 'descending' },
});

export const changeSources: Record<PolledResource, ChangeSource> = {
	/**
	 * Contact search compares dates by calendar day in the workspace's time zone (`>` starts at the next day), so it
	 * asks from a day earlier, newest first, and stops at the first contact older than `since`.
	 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/searchcontacts
	 */
	contact: {
		changedSince: (context, query, since) =>
			untilOlderThan(
				searchPages<Intercom.Contact & PolledRecord>(context, {
					path: '/contacts/search',
					itemsKey: 'data',
					body: contactSearch(query, since - DAY_SECONDS),
				}),
				query.field,
				since,
			),
		sample: async (context, query, count) =>
			await collectItems(
				searchPages<Intercom.Contact & PolledRecord>(context, {
					path: '/contacts/search',
					itemsKey: 'data',
					body: contactSearch(query, 0),
					limit: count,
				}),
				count,
			),
	},
	conversation: searchSource('/conversations/search', 'conversations'),
	ticket: searchSource('/tickets/search', 'tickets'),
	/**
	 * Intercom has no company search and no date filter on company lists: every poll scrolls through all companies.
	 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/companies/scrolloverallcompanies
	 */
	company: {
		changedSince: (context) =>
			scrollPages<Intercom.Company & PolledRecord>(context, { path: '/companies/scroll', itemsKey: 'data' }),
		sample: async (context, _query, count) =>
			await collectItems(
				numberedPages<Intercom.Company & PolledRecord>(context, {
					path: '/companies/list',
					method: 'POST',
					itemsKey: 'data',
					qs: { order: 'desc' },
					limit: count,
				}),
				count,
			),
	},
};
