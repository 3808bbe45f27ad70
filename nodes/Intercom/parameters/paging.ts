import type { IExecuteFunctions } from 'n8n-workflow';

import { readBoolean, readNumber, readText } from './read';
import { readLimit } from './limit';

/** How a paged list returns: all of it or up to a limit, or the one page at a cursor (none for the first). */
export type Paging = { mode: 'list'; limit?: number } | { mode: 'page'; cursor?: string };

export function readPaging(context: IExecuteFunctions, itemIndex: number): Paging {
	if (readBoolean(context, itemIndex, 'pageByPage')) {
		const cursor = readText(context, itemIndex, 'cursor');
		return { mode: 'page', cursor: cursor === '' ? undefined : cursor };
	}
	return { mode: 'list', limit: readLimit(context, itemIndex) };
}

/** Parallel Streams where it applies (Return All, not Page by Page), else 1. */
export function readStreams(context: IExecuteFunctions, itemIndex: number): number {
	const paging = readPaging(context, itemIndex);
	return paging.mode === 'list' && paging.limit === undefined ? readNumber(context, itemIndex, 'streams') : 1;
}
