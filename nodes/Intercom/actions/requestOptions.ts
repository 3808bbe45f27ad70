import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCollection } from '../parameters/read';
import type { TransportSettings } from '../transport';

export interface RequestOptions {
	maxConcurrency: number;
	transport: Partial<TransportSettings>;
}

export const requestOptionsDescription: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Concurrent Requests',
			name: 'maxConcurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50, numberPrecision: 0 },
			default: 5,
			description:
				'How many input items are sent to Intercom at the same time. Output order and item pairing stay as if they ran one by one.',
		},
		{
			displayName: 'Max Rate-Limit Wait (Seconds)',
			name: 'maxRateLimitWait',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 3600 },
			default: 120,
			description:
				"How long one call may wait in total for Intercom's rate-limit window to reset before it fails",
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 600 },
			default: 30,
			description: 'How long to wait for Intercom to answer one call',
		},
	],
};

const DEFAULT_CONCURRENCY = 5;

/** The item's Request Options, each checked like any parameter (a number in its range, not text). */
export function readRequestOptions(context: IExecuteFunctions, itemIndex: number): RequestOptions {
	const options = readCollection<{ maxConcurrency: number; maxRateLimitWait: number; timeout: number }>(
		context,
		itemIndex,
		'requestOptions',
	);
	return {
		maxConcurrency: options.maxConcurrency ?? DEFAULT_CONCURRENCY,
		transport: {
			...(options.maxRateLimitWait !== undefined && { maxRateLimitWaitMs: options.maxRateLimitWait * 1000 }),
			...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }),
		},
	};
}

/**
 * The options the whole run uses (how many items at once, the transport's timeouts): the first item's. Where they
 * are not valid, the defaults; the first item then fails with the reason when it runs.
 */
export function runRequestOptions(context: IExecuteFunctions): RequestOptions {
	try {
		return readRequestOptions(context, 0);
	} catch {
		return { maxConcurrency: DEFAULT_CONCURRENCY, transport: {} };
	}
}
