import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readBoolean } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many segments',
	description: "List the workspace's segments, optionally with how many contacts each holds",
};

export const description: INodeProperties[] = [
	...returnAllOrLimit,
	{
		displayName: 'Include Counts',
		name: 'includeCount',
		type: 'boolean',
		default: false,
		description: 'Whether to add how many contacts each segment holds (slower on large workspaces)',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Segment[]> {
	const limit = readLimit(this, itemIndex);
	const includeCount = readBoolean(this, itemIndex, 'includeCount');
	const { segments = [] } = await intercomApiRequest<Intercom.SegmentList>(this, {
		method: 'GET',
		path: '/segments',
		qs: includeCount ? { include_count: true } : undefined,
		itemIndex,
	});
	return segments.slice(0, limit);
}
