import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many Sources',
	action: 'Get many content import sources',
	description: 'List the sources external pages are imported from',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/listcontentimportsources */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.ContentImportSource[]> {
	return await returnUnpaged<Intercom.ContentImportSource>(this, itemIndex, {
		path: '/ai/content_import_sources',
	});
}
