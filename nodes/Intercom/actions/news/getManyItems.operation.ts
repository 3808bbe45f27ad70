import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many Items',
	action: 'Get many news items',
	description: 'List every news item, drafts included',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/listnewsitems */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.NewsItem[]> {
	return await returnUnpaged<Intercom.NewsItem>(this, itemIndex, { path: '/news/news_items' });
}
