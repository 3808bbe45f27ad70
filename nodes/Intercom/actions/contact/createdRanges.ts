import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectItems, filteredSource, pagesOf, searchSource } from '../../transport';
import { mapInOrder } from '../pool';

const DAY_SECONDS = 86_400;
/** Intercom matches dates by calendar day, so each range reads a day either side: narrower ranges read mostly that. */
const MIN_RANGE_SECONDS = 14 * DAY_SECONDS;
/** More ranges than streams, so that a stream done with a thin range takes the next one. */
const RANGES_PER_STREAM = 4;

const EVERY_CONTACT = { field: 'role', operator: 'IN', value: ['user', 'lead'] };

/** The `created_at` of the oldest or newest contact, or undefined in an empty workspace. */
async function createdBound(
	context: IExecuteFunctions,
	itemIndex: number,
	order: 'ascending' | 'descending',
): Promise<number | undefined> {
	const page = await searchSource<Intercom.Contact>(context, {
		path: '/contacts/search',
		itemsKey: 'data',
		body: { query: EVERY_CONTACT, sort: { field: 'created_at', order } },
		itemIndex,
	}).read(undefined, 1);
	const created = page.items[0]?.created_at;
	return typeof created === 'number' ? created : undefined;
}

/**
 * Contacts created in `[from, to)` (Unix seconds), oldest first. Intercom's search compares dates by calendar day in
 * the workspace's time zone (`>` from the next day's start, `<` before that day's start), so the query reaches a day
 * beyond each end and the exact cut is made here: neighbouring ranges share no contact and miss none.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/searchcontacts
 */
async function contactsCreatedIn(context: IExecuteFunctions, itemIndex: number, from: number, to: number) {
	const query: IDataObject = {
		operator: 'AND',
		value: [
			{ field: 'created_at', operator: '>', value: from - DAY_SECONDS },
			{ field: 'created_at', operator: '<', value: to + DAY_SECONDS },
		],
	};
	const search = searchSource<Intercom.Contact>(context, {
		path: '/contacts/search',
		itemsKey: 'data',
		body: { query, sort: { field: 'created_at', order: 'ascending' } },
		itemIndex,
	});
	const inRange = (contact: Intercom.Contact) => contact.created_at >= from && contact.created_at < to;
	return await collectItems(pagesOf(filteredSource(search, inRange)));
}

/**
 * Every contact, read as `streams` searches at once over disjoint ranges of `created_at`, merged oldest first; all
 * calls wait on the same rate-limit gate. Undefined when the contacts span too few days to split (the caller reads the
 * list with one cursor then). Contacts created after it started are not in it; nor, as in every search, are contacts
 * created in the last minutes before (Intercom indexes them for search with a short delay).
 */
export async function contactsByCreatedRanges(
	context: IExecuteFunctions,
	itemIndex: number,
	streams: number,
): Promise<Intercom.Contact[] | undefined> {
	const [oldest, newest] = await Promise.all([
		createdBound(context, itemIndex, 'ascending'),
		createdBound(context, itemIndex, 'descending'),
	]);
	if (oldest === undefined || newest === undefined) return [];
	const span = newest + 1 - oldest;
	const count = Math.min(streams * RANGES_PER_STREAM, Math.floor(span / MIN_RANGE_SECONDS));
	if (count < 2) return undefined;
	const boundary = (index: number) => oldest + Math.floor((index * span) / count);
	const ranges = await mapInOrder(
		count,
		streams,
		async (index) => await contactsCreatedIn(context, itemIndex, boundary(index), boundary(index + 1)),
	);
	return ranges.flat();
}
