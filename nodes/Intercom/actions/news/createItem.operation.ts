import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readNewsItem, senderField } from './body';
import { newsItemFields, titleField } from './fields';

export const option: OperationOption = {
	name: 'Create Item',
	action: 'Create a news item',
	description: 'Write a news item (a draft, or live in the chosen newsfeeds)',
};

export const description: INodeProperties[] = [
	titleField,
	senderField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: newsItemFields,
	},
];

/**
 * Not repeated after a lost answer: the item would be published twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/createnewsitem
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.NewsItem> {
	return await intercomApiRequest<Intercom.NewsItem>(this, {
		method: 'POST',
		path: '/news/news_items',
		body: await readNewsItem(this, itemIndex, 'additionalFields'),
		itemIndex,
	});
}
