import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { toUnixSeconds } from '../../parameters/dates';
import { cursorSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';
import { readDate } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Get Activity Logs',
	action: 'Get admin activity logs',
	description:
		'List what teammates did in the workspace (sign-ins, changes to settings, exports…) in a date range',
};

export const description: INodeProperties[] = [
	{
		displayName: 'From',
		name: 'createdAfter',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Activities at or after this time',
	},
	{
		displayName: 'To',
		name: 'createdBefore',
		type: 'dateTime',
		default: '',
		description: 'Activities at or before this time; empty means until now',
	},
	...returnAllLimitOrPage,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const node = this.getNode();
	const rawAfter = readDate(this, itemIndex, 'createdAfter');
	if (rawAfter === '' || rawAfter === null || rawAfter === undefined) {
		throw new NodeOperationError(node, '"From" is empty', { itemIndex });
	}
	const after = toUnixSeconds(rawAfter, 'From', node, itemIndex);
	const rawBefore = readDate(this, itemIndex, 'createdBefore');
	const before =
		rawBefore === '' || rawBefore === null ? undefined : toUnixSeconds(rawBefore, 'To', node, itemIndex);
	if (before !== undefined && before < after) {
		throw new NodeOperationError(node, '"To" is before "From"', { itemIndex });
	}
	const source = cursorSource<Intercom.ActivityLog>(this, {
		path: '/admins/activity_logs',
		itemsKey: 'activity_logs',
		qs: { created_at_after: after, ...(before !== undefined ? { created_at_before: before } : {}) },
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
