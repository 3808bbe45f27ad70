import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { collectItems, numberedPages } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many articles',
	description: 'List help center articles, most recently updated first',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.ArticleListItem[]> {
	const limit = readLimit(this, itemIndex);
	const pages = numberedPages<Intercom.ArticleListItem>(this, {
		path: '/articles',
		itemsKey: 'data',
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
