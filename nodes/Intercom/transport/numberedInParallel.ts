import type { Page, PageSource } from './paginate';

/**
 * Every record of a list paged by number (its cursor is the page number), the first page read alone for the number of
 * pages, the others `streams` at a time, merged in page order. A record that moved from one page to the next while
 * they were read (the list is sorted by a date that changes) comes once: the first time it is met. Undefined when
 * Intercom does not say how many pages there are, or when the list holds more records than its pages reach
 * (`reachable`): the caller then reads it its own way.
 */
export async function numberedPagesInParallel<T extends { id: string }>(
	source: PageSource<T>,
	streams: number,
	reachable = Infinity,
): Promise<T[] | undefined> {
	const first = await source.read(undefined);
	const total = first.pages;
	if (total === undefined || (first.total ?? 0) > reachable) return undefined;
	const pages = new Array<Page<T>>(total);
	pages[0] = first;
	let next = 2;
	const stream = async () => {
		while (next <= total) {
			const number = next++;
			pages[number - 1] = await source.read(String(number));
		}
	};
	await Promise.all(Array.from({ length: Math.min(streams, total) }, stream));
	const seen = new Set<string>();
	const records: T[] = [];
	for (const page of pages) {
		for (const record of page?.items ?? []) {
			if (seen.has(record.id)) continue;
			seen.add(record.id);
			records.push(record);
		}
	}
	return records;
}
