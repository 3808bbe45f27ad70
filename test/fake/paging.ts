import { badRequest } from './errors';

export const MAX_PER_PAGE = 150;

function perPageOf(raw: unknown, fallback: number): number {
	if (raw === undefined || raw === '') return fallback;
	const perPage = Number(raw);
	if (!Number.isInteger(perPage) || perPage < 1)
		throw badRequest('per_page must be a positive integer', 'per_page');
	if (perPage > MAX_PER_PAGE) throw badRequest(`per_page must be at most ${MAX_PER_PAGE}`, 'per_page');
	return perPage;
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64');

function decodeCursor(cursor: unknown): number {
	if (cursor === undefined || cursor === '') return 0;
	const match = /^offset:(\d+)$/.exec(Buffer.from(String(cursor), 'base64').toString('utf8'));
	if (!match) throw badRequest('starting_after is not a valid cursor', 'starting_after');
	return Number(match[1]);
}

/** `cursor_pages`: `pages.next.starting_after` while more remain. */
export function cursorPage<T>(
	items: T[],
	perPageRaw: unknown,
	cursor: unknown,
	fallback: number,
	key = 'data',
) {
	const perPage = perPageOf(perPageRaw, fallback);
	const offset = decodeCursor(cursor);
	const data = items.slice(offset, offset + perPage);
	const page = Math.floor(offset / perPage) + 1;
	const hasNext = offset + perPage < items.length;
	return listOf(key, data, items.length, page, perPage, {
		...(hasNext ? { next: { page: page + 1, starting_after: encodeCursor(offset + perPage) } } : {}),
	});
}

/** Page-numbered lists: `?page=&per_page=`, `pages.next` a URL while more remain. */
export function numberedPage<T>(
	items: T[],
	pageRaw: unknown,
	perPageRaw: unknown,
	fallback: number,
	key = 'data',
) {
	const perPage = perPageOf(perPageRaw, fallback);
	const page = pageRaw === undefined || pageRaw === '' ? 1 : Number(pageRaw);
	if (!Number.isInteger(page) || page < 1) throw badRequest('page must be a positive integer', 'page');
	const data = items.slice((page - 1) * perPage, page * perPage);
	const hasNext = page * perPage < items.length;
	return listOf(key, data, items.length, page, perPage, {
		...(hasNext ? { next: `https://api.intercom.io/?page=${page + 1}&per_page=${perPage}` } : {}),
	});
}

function listOf<T>(key: string, data: T[], total: number, page: number, perPage: number, next: object) {
	return {
		type: 'list',
		[key]: data,
		total_count: total,
		pages: {
			type: 'pages',
			page,
			per_page: perPage,
			total_pages: Math.max(1, Math.ceil(total / perPage)),
			...next,
		},
	};
}
