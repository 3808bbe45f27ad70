import type { IExecuteFunctions } from 'n8n-workflow';

import { readBoolean, readNumber } from './read';

/** The Limit parameter (a whole number of at least 1), or undefined when Return All is on. */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (readBoolean(context, itemIndex, 'returnAll')) return undefined;
	return readNumber(context, itemIndex, 'limit');
}
