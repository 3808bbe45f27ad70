import type { INodeProperties } from 'n8n-workflow';

export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

/**
 * Return All and Limit, and a third way for lists of any size: one page per run, with the cursor of the next. The
 * Return All and Limit of saved workflows keep their meaning; Page by Page is off unless set.
 */
export const returnAllLimitOrPage: INodeProperties[] = [
	{
		displayName: 'Page by Page',
		name: 'pageByPage',
		type: 'boolean',
		default: false,
		description:
			'Whether to return one page of records per run, with the cursor of the next page, to go through lists of any size in a loop with flat memory (see "Large workspaces" in the README)',
	},
	...returnAllOrLimit.map((property) => ({
		...property,
		displayOptions: { show: { ...property.displayOptions?.show, pageByPage: [false] } },
	})),
	{
		displayName: 'Cursor',
		name: 'cursor',
		type: 'string',
		default: '',
		placeholder: '{{ $json.nextCursor }}',
		description:
			'Where to start: empty for the first page, else the "nextCursor" of the page before, as this operation gave it',
		displayOptions: { show: { pageByPage: [true] } },
	},
	{
		displayName:
			'Each run outputs one item: "records" (the page), "count", "hasMore" and "nextCursor". Pass "nextCursor" back into Cursor for the next page while "hasMore" is true; an empty Cursor starts again from the first page.',
		name: 'pageByPageNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { pageByPage: [true] } },
	},
];

/** Parallel Streams of a Return All that can read several parts of the list at once; `how` says what each reads. */
export function parallelStreamsField(how: string): INodeProperties {
	return {
		displayName: 'Parallel Streams',
		name: 'streams',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 20, numberPrecision: 0 },
		default: 1,
		description: `How many calls read at once, all within the rate limit: ${how}. 1 reads the list one page after another.`,
		displayOptions: { show: { returnAll: [true], pageByPage: [false] } },
	};
}

/** The Filters collection of a Get Many operation. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}
