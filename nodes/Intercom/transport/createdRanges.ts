import type { IDataObject } from 'n8n-workflow';

import type { IntercomContext } from './context';
import { collectItems, filteredSource, pagesOf, searchSource } from './paginate';

const DAY_SECONDS = 86_400;
/** Intercom matches dates by calendar day, so each range reads a day either side: narrower ranges read mostly that. */
const MIN_RANGE_SECONDS = 14 * DAY_SECONDS;
/** More ranges than streams, so that a stream done with a thin range takes the next one. */
const RANGES_PER_STREAM = 4;
/** A range holding more than this many records is split in two (when wide enough), so that no stream reads most. */
const SPLIT_ABOVE = 4 * 150;

export interface RangedSearch {
	/** `/contacts/search` or `/conversations/search`. */
	path: string;
	itemsKey: string;
	/** Whether the search takes `sort` (contacts do, conversations do not). */
	sortable: boolean;
	itemIndex?: number;
}

interface Range {
	from: number;
	to: number;
}

interface Created {
	created_at: number;
}

/**
 * The search for records created in `[from, to)`. Intercom's search compares dates by calendar day in the workspace's
 * time zone (`>` from the next day's start, `<` before that day's start), so the query reaches a day beyond each end
 * and the exact cut is made here: neighbouring ranges share no record and miss none.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/searchcontacts
 */
function rangeSource<T extends Created>(context: IntercomContext, spec: RangedSearch, { from, to }: Range) {
	const query: IDataObject = {
		operator: 'AND',
		value: [
			{ field: 'created_at', operator: '>', value: from - DAY_SECONDS },
			{ field: 'created_at', operator: '<', value: to + DAY_SECONDS },
		],
	};
	const search = searchSource<T>(context, {
		path: spec.path,
		itemsKey: spec.itemsKey,
		body: { query, ...(spec.sortable ? { sort: { field: 'created_at', order: 'ascending' } } : {}) },
		itemIndex: spec.itemIndex,
	});
	return filteredSource(search, (record) => record.created_at >= from && record.created_at < to);
}

/** `[from, to)` cut into `count` ranges of equal width. */
function cut({ from, to }: Range, count: number): Range[] {
	const boundary = (index: number) => from + Math.floor((index * (to - from)) / count);
	return Array.from({ length: count }, (_, index) => ({ from: boundary(index), to: boundary(index + 1) }));
}

/**
 * Every record created in `[from, to)`, read as `streams` searches at once over disjoint ranges of `created_at` and
 * merged oldest first; all calls wait on the transport's one rate-limit gate. When fewer ranges are queued than there
 * are streams, a range whose first page says it holds many records is cut in two and both halves queued (its first
 * page read again by the halves), so that ranges Intercom fills unevenly still spread over the streams. Undefined when `[from, to)` is too short to split (the caller
 * then reads the list with one cursor).
 */
export async function searchByCreatedRanges<T extends Created>(
	context: IntercomContext,
	spec: RangedSearch,
	streams: number,
	span: Range,
): Promise<T[] | undefined> {
	const count = Math.min(streams * RANGES_PER_STREAM, Math.floor((span.to - span.from) / MIN_RANGE_SECONDS));
	if (count < 2) return undefined;
	const queue = cut(span, count);
	const done: Array<{ range: Range; records: T[] }> = [];
	let busy = 0;
	let failed = false;
	// Idle streams wait for a busy one to queue halves or finish, rather than end while work may still come.
	let wake = () => {};
	let changed = new Promise<void>((resolve) => (wake = resolve));
	const notify = () => {
		wake();
		changed = new Promise<void>((resolve) => (wake = resolve));
	};
	const readRange = async (range: Range) => {
		const source = rangeSource<T>(context, spec, range);
		const first = await source.read(undefined);
		// Cut only when streams would otherwise run out of ranges: each cut costs the first page read again.
		const dense = (first.total ?? 0) > SPLIT_ABOVE && range.to - range.from >= 2 * MIN_RANGE_SECONDS;
		if (dense && queue.length < streams) {
			queue.unshift(...cut(range, 2));
			return;
		}
		const rest = first.next ? await collectItems(pagesOf(source, undefined, first.next)) : [];
		done.push({ range, records: [...first.items, ...rest] });
	};
	const stream = async () => {
		while (!failed) {
			const range = queue.shift();
			if (!range) {
				if (busy === 0) return;
				await changed;
				continue;
			}
			busy++;
			await readRange(range)
				.catch((error: unknown) => {
					failed = true;
					throw error;
				})
				.finally(() => {
					busy--;
					notify();
				});
		}
	};
	await Promise.all(Array.from({ length: streams }, stream));
	done.sort((a, b) => a.range.from - b.range.from);
	const records: T[] = [];
	for (const { records: inRange } of done) {
		inRange.sort((a, b) => a.created_at - b.created_at);
		for (const record of inRange) records.push(record);
	}
	return records;
}
