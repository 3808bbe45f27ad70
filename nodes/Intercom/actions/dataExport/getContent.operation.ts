import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { jobIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Content Export',
	action: 'Get a content export',
	description: "A content export's status, and its download link once completed",
};

export const description: INodeProperties[] = [jobIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-export/getdataexport */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.DataExport> {
	const job = readText(this, itemIndex, 'jobIdentifier', { required: true });
	return await intercomApiRequest<Intercom.DataExport>(this, {
		method: 'GET',
		path: `/export/content/data/${encodeURIComponent(job)}`,
		itemIndex,
	});
}
