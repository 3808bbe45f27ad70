import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { newsItemIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Item',
	action: 'Get a news item',
	description: 'Get a news item with its newsfeeds, labels and reactions',
};

export const description: INodeProperties[] = [newsItemIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/retrievenewsitem */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.NewsItem> {
	const newsItemId = readIntegerId(this, itemIndex, 'newsItemId');
	return await intercomApiRequest<Intercom.NewsItem>(this, {
		method: 'GET',
		path: `/news/news_items/${newsItemId}`,
		itemIndex,
	});
}
