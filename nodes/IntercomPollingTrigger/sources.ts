import type { Intercom } from 'intercom-client';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { contactsChangedSince } from '../Intercom/actions/contact/changedSince';
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

export function timestampOf(record: PolledRecord, field: TimestampField): number {
	const value = Number(record[field]);
	return Number.isFinite(value) ? value : 0;
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

export const changeSources: Record<PolledResource, ChangeSource> = {
	contact: {
		changedSince: (context, { field, filters }, since) =>
			contactsChangedSince<PolledRecord>(context, { field, filters, since, order: 'descending' }),
		sample: async (context, { field, filters }, count) =>
			await collectItems(
				contactsChangedSince<PolledRecord>(context, {
					field,
					filters,
					since: 0,
					order: 'descending',
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
