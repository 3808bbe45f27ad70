import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { readSearchQuery } from '../../search/compile';
import { searchFilterProperties } from '../../search/description';
import { collectItems, searchPages } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationSearch } from './searchFields';

export const option: OperationOption = {
	name: 'Search',
	action: 'Search conversations',
	description: 'Find conversations by state, assignee, source, statistics and custom attributes',
};

export const description: INodeProperties[] = [
	...searchFilterProperties(conversationSearch),
	...returnAllOrLimit,
];

/**
 * Conversation search takes no `sort`; its cursor travels in the body.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/searchconversations
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation[]> {
	const query = await readSearchQuery(this, itemIndex, conversationSearch);
	const limit = readLimit(this, itemIndex);
	const pages = searchPages<Intercom.Conversation>(this, {
		path: '/conversations/search',
		itemsKey: 'conversations',
		body: { query: query as IDataObject },
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
