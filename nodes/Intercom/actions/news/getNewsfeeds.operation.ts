import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Newsfeeds',
	action: 'Get the newsfeeds',
	description: 'List the newsfeeds news items are published in',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/news/listnewsfeeds */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Newsfeed[]> {
	return await returnUnpaged<Intercom.Newsfeed>(this, itemIndex, { path: '/news/newsfeeds' });
}
