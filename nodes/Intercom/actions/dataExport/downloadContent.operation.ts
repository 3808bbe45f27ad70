import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { outputFileField } from '../../descriptions/file';
import { readText } from '../../parameters/read';
import { intercomFileRequest } from '../../transport';
import { outputFile } from '../file';
import type { FileOutput, OperationOption } from '../operation';
import { decompressed } from './download';
import { decompressField, jobIdField } from './fields';

export const option: OperationOption = {
	name: 'Download Content Export',
	action: 'Download a content export',
	description: 'Get a completed content export as a CSV file',
};

export const description: INodeProperties[] = [jobIdField, decompressField, outputFileField];

/**
 * Intercom sends the export as `application/octet-stream` (a gzipped CSV) and wants that Accept header.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-export/downloaddataexport
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<FileOutput> {
	const job = readText(this, itemIndex, 'jobIdentifier', { required: true });
	const answer = await intercomFileRequest(this, {
		method: 'GET',
		path: `/download/content/data/${encodeURIComponent(job)}`,
		accept: 'application/octet-stream',
		itemIndex,
	});
	const file = await decompressed(this, itemIndex, answer);
	const name = file.mimeType === 'text/csv' ? `${job}.csv` : `${job}.csv.gz`;
	return await outputFile(this, itemIndex, file, name, { jobIdentifier: job });
}
