import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId, readOption } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readUrl } from './body';
import { sourceIdField, sourceStatusField, sourceUrlField } from './fields';

export const option: OperationOption = {
	name: 'Update Source',
	action: 'Update a content import source',
	description: "Change a source's URL, sync behaviour or status",
};

export const description: INodeProperties[] = [
	sourceIdField,
	sourceUrlField,
	{
		displayName: 'Sync Behavior',
		name: 'syncBehavior',
		type: 'options',
		options: [
			{ name: 'API', value: 'api', description: 'Pages come through the API (this node)' },
			{ name: 'Automated', value: 'automated', description: 'Intercom syncs the URL itself' },
			{ name: 'Manual', value: 'manual' },
		],
		default: 'api',
	},
	sourceStatusField,
];

/**
 * Intercom replaces the source's settings, so it needs the URL and sync behaviour every time.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/updatecontentimportsource
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.ContentImportSource> {
	const sourceId = readIntegerId(this, itemIndex, 'sourceId');
	return await intercomApiRequest<Intercom.ContentImportSource>(this, {
		method: 'PUT',
		path: `/ai/content_import_sources/${sourceId}`,
		body: {
			url: readUrl(this, itemIndex, true),
			sync_behavior: readOption<string>(this, itemIndex, 'syncBehavior'),
			status: readOption<string>(this, itemIndex, 'status'),
		},
		itemIndex,
	});
}
