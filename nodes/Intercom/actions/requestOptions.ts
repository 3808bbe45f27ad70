import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

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
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 5,
			description:
				'How many input items are sent to Intercom at the same time. Output order and item pairing stay as if they ran one by one.',
		},
		{
			displayName: 'Max Rate-Limit Wait (Seconds)',
			name: 'maxRateLimitWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				"How long one call may wait in total for Intercom's rate-limit window to reset before it fails",
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 30,
			description: 'How long to wait for Intercom to answer one call',
		},
	],
};

export function readRequestOptions(context: IExecuteFunctions): RequestOptions {
	const options = context.getNodeParameter('requestOptions', 0, {}) as {
		maxConcurrency?: number;
		maxRateLimitWait?: number;
		timeout?: number;
	};
	return {
		maxConcurrency: Math.max(1, Math.floor(options.maxConcurrency ?? 5)),
		transport: {
			...(options.maxRateLimitWait !== undefined && { maxRateLimitWaitMs: options.maxRateLimitWait * 1000 }),
			...(options.timeout !== undefined && { timeoutMs: options.timeout * 1000 }),
		},
	};
}
