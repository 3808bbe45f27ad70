import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { outputFileField } from '../../descriptions/file';
import { readText } from '../../parameters/read';
import { intercomFileRequest } from '../../transport';
import { outputFile } from '../file';
import type { FileOutput, OperationOption } from '../operation';
import { decompressed } from './download';
import { decompressField, jobIdField } from './fields';
import { workspaceCode } from './reporting';

export const option: OperationOption = {
	name: 'Download Reporting Export',
	action: 'Download a reporting export',
	description: 'Get a completed reporting export as a CSV file',
};

export const description: INodeProperties[] = [jobIdField, decompressField, outputFileField];

/**
 * Intercom wants `Accept: application/octet-stream` here, and the workspace's code.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/reporting-data-export/downloadcompletedexportjobdata
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<FileOutput> {
	const job = readText(this, itemIndex, 'jobIdentifier', { required: true });
	const answer = await intercomFileRequest(this, {
		method: 'GET',
		path: `/download/reporting_data/${encodeURIComponent(job)}`,
		qs: { app_id: await workspaceCode(this, itemIndex), job_identifier: job },
		accept: 'application/octet-stream',
		itemIndex,
	});
	const file = await decompressed(this, itemIndex, answer);
	const name = file.mimeType === 'text/csv' ? `${job}.csv` : `${job}.csv.gz`;
	return await outputFile(this, itemIndex, file, name, { jobIdentifier: job });
}
