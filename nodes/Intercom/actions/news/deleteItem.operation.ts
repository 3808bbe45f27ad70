import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { newsItemIdField } from './fields';

export const option: OperationOption = {
	name: 'Delete Item',
	action: 'Delete a news item',
	description: 'Delete a news item from every newsfeed',
};

export const description: INodeProperties[] = [newsItemIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/deletenewsitem */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.DeletedObject> {
	const newsItemId = readIntegerId(this, itemIndex, 'newsItemId');
	return await intercomApiRequest<Intercom.DeletedObject>(this, {
		method: 'DELETE',
		path: `/news/news_items/${newsItemId}`,
		itemIndex,
	});
}
