import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many internal articles',
	description: 'List the internal articles',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/internal-articles/listinternalarticles */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.InternalArticleListItem[]> {
	return await returnUnpaged<Intercom.InternalArticleListItem>(this, itemIndex, {
		path: '/internal_articles',
	});
}
