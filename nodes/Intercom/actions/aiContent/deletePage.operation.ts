import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { pageIdField } from './fields';

export const option: OperationOption = {
	name: 'Delete Page',
	action: 'Delete an external page',
	description: 'Remove an external page from Fin and Copilot',
};

export const description: INodeProperties[] = [pageIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/deleteexternalpage */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ExternalPage> {
	const pageId = readText(this, itemIndex, 'pageId', { required: true });
	return await intercomApiRequest<Intercom.ExternalPage>(this, {
		method: 'DELETE',
		path: `/ai/external_pages/${encodeURIComponent(pageId)}`,
		itemIndex,
	});
}
