import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { sourceIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Source',
	action: 'Get a content import source',
	description: 'Get a content import source',
};

export const description: INodeProperties[] = [sourceIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/getcontentimportsource */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.ContentImportSource> {
	const sourceId = readIntegerId(this, itemIndex, 'sourceId');
	return await intercomApiRequest<Intercom.ContentImportSource>(this, {
		method: 'GET',
		path: `/ai/content_import_sources/${sourceId}`,
		itemIndex,
	});
}
