import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { jobIdField } from './fields';

export const option: OperationOption = {
	name: 'Cancel Content Export',
	action: 'Cancel a content export',
	description: 'Stop a content export that has not completed',
};

export const description: INodeProperties[] = [jobIdField];

/**
 * Cancelling twice leaves it cancelled, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-export/canceldataexport
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.DataExport> {
	const job = readText(this, itemIndex, 'jobIdentifier', { required: true });
	return await intercomApiRequest<Intercom.DataExport>(this, {
		method: 'POST',
		path: `/export/cancel/${encodeURIComponent(job)}`,
		itemIndex,
		retryable: true,
	});
}
