import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readIntegerId } from '../../parameters/read';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';
import { newsfeedIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Live Items',
	action: 'Get the live items of a newsfeed',
	description: 'List the news items live in a newsfeed',
};

export const description: INodeProperties[] = [newsfeedIdField, ...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/listlivenewsfeeditems */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.NewsItem[]> {
	const newsfeedId = readIntegerId(this, itemIndex, 'newsfeedId');
	return await returnUnpaged<Intercom.NewsItem>(this, itemIndex, {
		path: `/news/newsfeeds/${newsfeedId}/items`,
	});
}
