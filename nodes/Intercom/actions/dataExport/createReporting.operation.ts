import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { toUnixSeconds } from '../../parameters/dates';
import { readCollection, readDate, readText, readTextList } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readWaiting, waitForJob, waitOptions } from '../waiting';
import { clientIdField } from './fields';
import { readReportingJob } from './reporting';

export const option: OperationOption = {
	name: 'Create Reporting Export',
	action: 'Export a reporting dataset',
	description: 'Start an export of a reporting dataset (conversations, tickets, calls…) for a time range',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Dataset Name or ID',
		name: 'datasetId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getReportingDatasets' },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Attribute Names or IDs',
		name: 'attributeIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getReportingAttributes', loadOptionsDependsOn: ['datasetId'] },
		default: [],
		required: true,
		description:
			'The columns to export. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Start Time', name: 'startTime', type: 'dateTime', default: '', required: true },
	{ displayName: 'End Time', name: 'endTime', type: 'dateTime', default: '', required: true },
	optionsCollection([
		...waitOptions,
		{ ...clientIdField, required: false, description: `${clientIdField.description} (needed to wait)` },
	]),
];

/**
 * Not repeated after a lost answer: a second export would start.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/reporting-data-export/enqueueanewreportingdataexportjob
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const datasetId = readText(this, itemIndex, 'datasetId', { required: true });
	const attributeIds = readTextList(this, itemIndex, 'attributeIds');
	if (attributeIds.length === 0) {
		throw new NodeOperationError(node, '"Attribute Names or IDs" is empty: choose the columns to export', {
			itemIndex,
		});
	}
	const start = toUnixSeconds(readDate(this, itemIndex, 'startTime'), 'Start Time', node, itemIndex);
	const end = toUnixSeconds(readDate(this, itemIndex, 'endTime'), 'End Time', node, itemIndex);
	if (end <= start) throw new NodeOperationError(node, '"End Time" is not after "Start Time"', { itemIndex });
	const waiting = readWaiting(this, itemIndex);
	const { clientId = '' } = readCollection<{ clientId: string }>(this, itemIndex, 'options');
	if (waiting.wait && clientId.trim() === '') {
		const message = '"Options › App Client ID" is empty: Intercom asks for it to check the export';
		throw new NodeOperationError(node, message, { itemIndex });
	}
	const job = await intercomApiRequest<IDataObject>(this, {
		method: 'POST',
		path: '/export/reporting_data/enqueue',
		body: { dataset_id: datasetId, attribute_ids: attributeIds, start_time: start, end_time: end },
		itemIndex,
	});
	return await waitForJob(this, itemIndex, waiting, job, async () => {
		return await readReportingJob(this, itemIndex, String(job.job_identifier), clientId.trim());
	});
}
