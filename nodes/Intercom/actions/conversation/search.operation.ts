import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { readSearchQuery } from '../../search/compile';
import { searchFilterProperties } from '../../search/description';
import { searchSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';
import { conversationSearch } from '../../search/fields/conversations';
import type { ToolUse } from '../../tool/arguments';
import { searchTool } from '../../search/tool';

export const option: OperationOption = {
	name: 'Search',
	action: 'Search conversations',
	description: 'Find conversations by state, assignee, source, statistics and custom attributes',
};

export const description: INodeProperties[] = [
	...searchFilterProperties(conversationSearch),
	...returnAllLimitOrPage,
];

export const tool: ToolUse = searchTool(conversationSearch);

/**
 * Conversation search takes no `sort`; its cursor travels in the body.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/searchconversations
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const query = await readSearchQuery(this, itemIndex, conversationSearch);
	const source = searchSource<Intercom.Conversation>(this, {
		path: '/conversations/search',
		itemsKey: 'conversations',
		body: { query: query as IDataObject },
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
