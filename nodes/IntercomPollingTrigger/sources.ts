import type { Intercom } from 'intercom-client';
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { contactsChangedSince } from '../Intercom/actions/contact/changedSince';
import { collectItems, numberedPages, scrollPages, searchPages } from '../Intercom/transport';

export type PolledResource = 'company' | 'contact' | 'conversation' | 'ticket';
/** A date a poll follows: `created_at`, `updated_at`, or a nested one such as `statistics.last_close_at`. */
export type TimestampField = string;
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

/** The Unix seconds at `path` in the record (dotted for nested dates); 0 where there is none. */
export function timestampOf(record: PolledRecord, path: string): number {
	const found = path
		.split('.')
		.reduce<unknown>((value, key) => (value as IDataObject | null | undefined)?.[key], record);
	const value = Number(found);
	return found !== null && Number.isFinite(value) ? value : 0;
}

/** A conversation once per tag it carries, each with the tag as `tag`, for Tag Added to Conversation. */
export function perTag(records: PolledRecord[]): PolledRecord[] {
	return records.flatMap((record) =>
		(((record.tags as IDataObject | undefined)?.tags ?? []) as IDataObject[]).map((tag) => ({
			...record,
			tag,
		})),
	);
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

/** Contacts are watched by creation or change only. */
const contactField = (field: TimestampField) => (field === 'created_at' ? 'created_at' : 'updated_at');

export const changeSources: Record<PolledResource, ChangeSource> = {
	contact: {
		changedSince: (context, { field, filters }, since) =>
			contactsChangedSince<PolledRecord>(context, {
				field: contactField(field),
				filters,
				since,
				order: 'descending',
			}),
		sample: async (context, { field, filters }, count) =>
			await collectItems(
				contactsChangedSince<PolledRecord>(context, {
					field: contactField(field),
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
