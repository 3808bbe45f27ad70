import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';

import { searchByCreatedRanges, searchSource } from '../../transport';

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
 * Every contact, read as `streams` searches at once over ranges of `created_at` between the oldest and the newest
 * contact (two sorted searches find them), merged oldest first. Undefined when they span too few days to split.
 * Contacts created after it started are not in it; nor, as in every search, are contacts created in the last minutes
 * before (Intercom indexes them for search with a short delay).
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
	return await searchByCreatedRanges<Intercom.Contact>(
		context,
		{ path: '/contacts/search', itemsKey: 'data', sortable: true, itemIndex },
		streams,
		{ from: oldest, to: newest + 1 },
	);
}
