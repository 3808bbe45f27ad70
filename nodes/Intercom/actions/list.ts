import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { runningOperationLabel } from '../parameters/definitions';
import { readLimit } from '../parameters/limit';
import { readPaging } from '../parameters/paging';
import type { PageSource } from '../transport';
import { collectItems, pagesOf, unpagedItems } from '../transport';

/** One run of Page by Page: the page's records and where the next page starts (null on the last). */
export interface PageOutput {
	count: number;
	hasMore: boolean;
	nextCursor: string | null;
	records: object[];
}

/** What a cursor this node gives holds: the operation, a digest of what it lists, and Intercom's own cursor. */
interface SealedCursor {
	v: 1;
	operation: string;
	list: string;
	at: string;
}

/** FNV-1a, 32 bits: tells one list's filters from another's, not a secret. */
function digest(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

function seal(operation: string, source: PageSource<unknown>, at: string): string {
	const cursor: SealedCursor = { v: 1, operation, list: digest(source.key), at };
	return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function unseal(text: string): SealedCursor | undefined {
	try {
		const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<SealedCursor>;
		const valid =
			cursor.v === 1 &&
			typeof cursor.operation === 'string' &&
			typeof cursor.list === 'string' &&
			typeof cursor.at === 'string' &&
			cursor.at !== '';
		return valid ? (cursor as SealedCursor) : undefined;
	} catch {
		return undefined;
	}
}

/** Intercom's cursor inside the node's, refused with the reason when it belongs to another list. */
function openCursor(
	context: IExecuteFunctions,
	itemIndex: number,
	text: string,
	operation: string,
	source: PageSource<unknown>,
): string {
	const fail = (message: string, description: string) => {
		throw new NodeOperationError(context.getNode(), message, { itemIndex, description });
	};
	const restart = 'Leave Cursor empty to start from the first page.';
	const cursor = unseal(text);
	if (!cursor) {
		fail(
			'"Cursor" is not a cursor this node gave',
			`Pass the "nextCursor" of the page before, as ${operation} output it. ${restart}`,
		);
	} else if (cursor.operation !== operation) {
		fail(`"Cursor" comes from ${cursor.operation}, not ${operation}`, restart);
	} else if (cursor.list !== digest(source.key)) {
		fail(
			`"Cursor" was given for other filters of ${operation}`,
			`Keep the same filters from the first page to the last. ${restart}`,
		);
	}
	return (cursor as SealedCursor).at;
}

/** Intercom's refusal of a cursor (expired, or the list changed under it) said on Cursor; other errors as they are. */
function cursorRefusal(context: IExecuteFunctions, itemIndex: number, error: unknown): unknown {
	const status = error instanceof NodeApiError ? Number(error.httpCode) : 0;
	if (![400, 404, 410].includes(status)) return error;
	return new NodeOperationError(
		context.getNode(),
		`"Cursor" was refused by Intercom: ${(error as Error).message}`,
		{
			itemIndex,
			description:
				'The cursor has expired or no longer fits the list. Start again with an empty Cursor, or go on from the last record you stored with Updated Since where the operation has it.',
		},
	);
}

async function readAt<T>(
	context: IExecuteFunctions,
	itemIndex: number,
	source: PageSource<T>,
	cursor: string | undefined,
) {
	if (cursor === undefined) return await source.read(undefined);
	return await source.read(cursor).catch((error: unknown) => {
		throw cursorRefusal(context, itemIndex, error);
	});
}

/**
 * The answer of a paged list operation, as its Return All, Limit or Page by Page ask: the records (each through
 * `shape`), or one item with a page of them and the cursor of the next.
 */
export async function returnList<T extends object>(
	context: IExecuteFunctions,
	itemIndex: number,
	source: PageSource<T>,
	shape: (record: T) => object = (record) => record,
): Promise<object[]> {
	const paging = readPaging(context, itemIndex);
	if (paging.mode === 'list') {
		return (await collectItems(pagesOf(source, paging.limit), paging.limit)).map(shape);
	}
	const operation = runningOperationLabel(context);
	const cursor = paging.cursor && openCursor(context, itemIndex, paging.cursor, operation, source);
	const page = await readAt(context, itemIndex, source, cursor || undefined);
	// The page's own fields first: n8n's table view then shows them before the records' columns.
	const output: PageOutput = {
		count: page.items.length,
		hasMore: page.next !== undefined,
		nextCursor: page.next === undefined ? null : seal(operation, source, page.next),
		records: page.items.map(shape),
	};
	return [output];
}

/** The answer of a list Intercom gives whole, in one answer: every record, or the first Limit of them. */
export async function returnUnpaged<T>(
	context: IExecuteFunctions,
	itemIndex: number,
	spec: { path: string; itemsKey?: string; qs?: IDataObject },
): Promise<T[]> {
	const limit = readLimit(context, itemIndex);
	const items = await unpagedItems<T>(context, { ...spec, itemIndex });
	return items.slice(0, limit);
}
