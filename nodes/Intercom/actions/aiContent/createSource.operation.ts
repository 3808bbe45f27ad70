import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readOption } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readUrl } from './body';
import { sourceStatusField, sourceUrlField } from './fields';

export const option: OperationOption = {
	name: 'Create Source',
	action: 'Create a content import source',
	description: 'Create a source that external pages are synced into through the API',
};

export const description: INodeProperties[] = [sourceUrlField, sourceStatusField];

/**
 * Not repeated after a lost answer: a second source would be created. Through the API a source syncs by API.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/createcontentimportsource
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.ContentImportSource> {
	return await intercomApiRequest<Intercom.ContentImportSource>(this, {
		method: 'POST',
		path: '/ai/content_import_sources',
		body: {
			url: readUrl(this, itemIndex, true),
			sync_behavior: 'api',
			status: readOption<string>(this, itemIndex, 'status'),
		},
		itemIndex,
	});
}
