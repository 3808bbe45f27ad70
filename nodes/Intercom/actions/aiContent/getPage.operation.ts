import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { pageIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Page',
	action: 'Get an external page',
	description: 'Get an external page with its content',
};

export const description: INodeProperties[] = [pageIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/getexternalpage */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ExternalPage> {
	const pageId = readText(this, itemIndex, 'pageId', { required: true });
	return await intercomApiRequest<Intercom.ExternalPage>(this, {
		method: 'GET',
		path: `/ai/external_pages/${encodeURIComponent(pageId)}`,
		itemIndex,
	});
}
