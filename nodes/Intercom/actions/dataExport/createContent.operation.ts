import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { toUnixSeconds } from '../../parameters/dates';
import { readDate } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readWaiting, waitForJob, waitOptions } from '../waiting';

export const option: OperationOption = {
	name: 'Create Content Export',
	action: 'Export content data',
	description: 'Start an export of message and content data (sends, opens, clicks…) created in a time range',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Created After',
		name: 'createdAfter',
		type: 'dateTime',
		default: '',
		required: true,
	},
	{
		displayName: 'Created Before',
		name: 'createdBefore',
		type: 'dateTime',
		default: '',
		required: true,
	},
	optionsCollection(waitOptions),
];

/**
 * Not repeated after a lost answer: a second export would start (Intercom runs one at a time per workspace).
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-export/createdataexport
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const after = toUnixSeconds(readDate(this, itemIndex, 'createdAfter'), 'Created After', node, itemIndex);
	const before = toUnixSeconds(readDate(this, itemIndex, 'createdBefore'), 'Created Before', node, itemIndex);
	if (before <= after) {
		throw new NodeOperationError(node, '"Created Before" is not after "Created After"', { itemIndex });
	}
	const waiting = readWaiting(this, itemIndex);
	const job = await intercomApiRequest<Intercom.DataExport & IDataObject>(this, {
		method: 'POST',
		path: '/export/content/data',
		body: { created_at_after: after, created_at_before: before },
		itemIndex,
	});
	return await waitForJob(
		this,
		itemIndex,
		waiting,
		job,
		async () =>
			await intercomApiRequest<Intercom.DataExport & IDataObject>(this, {
				method: 'GET',
				path: `/export/content/data/${encodeURIComponent(String(job.job_identifier))}`,
				itemIndex,
			}),
	);
}
