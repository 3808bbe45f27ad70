import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readNewsItem, senderField } from './body';
import { newsItemFields, newsItemIdField, titleField } from './fields';

export const option: OperationOption = {
	name: 'Update Item',
	action: 'Update a news item',
	description: 'Rewrite, publish or unpublish a news item',
};

export const description: INodeProperties[] = [
	newsItemIdField,
	{ ...titleField, description: 'Intercom needs the title on every update, changed or not' },
	senderField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: newsItemFields,
	},
];

/**
 * The same update twice leaves the same item, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/updatenewsitem
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.NewsItem> {
	const newsItemId = readIntegerId(this, itemIndex, 'newsItemId');
	return await intercomApiRequest<Intercom.NewsItem>(this, {
		method: 'PUT',
		path: `/news/news_items/${newsItemId}`,
		body: await readNewsItem(this, itemIndex, 'updateFields'),
		itemIndex,
		retryable: true,
	});
}
