import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parallelStreamsField, returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { readStreams } from '../../parameters/paging';
import { cursorSource, searchByCreatedRanges } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List the conversations of the workspace, page by page',
};

/** Before Intercom's first conversations: the ranges of Parallel Streams start here (empty ones cost one call). */
const INTERCOM_EPOCH = Math.floor(Date.UTC(2011, 0, 1) / 1000);

export const description: INodeProperties[] = [
	...returnAllLimitOrPage,
	parallelStreamsField(
		'each a search over its own range of creation dates, the conversations then oldest first',
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const streams = readStreams(this, itemIndex);
	if (streams > 1) {
		// Conversation search takes no sort: the ranges reach from Intercom's start to now, and dense ones split.
		const conversations = await searchByCreatedRanges<Intercom.Conversation>(
			this,
			{ path: '/conversations/search', itemsKey: 'conversations', sortable: false, itemIndex },
			streams,
			{ from: INTERCOM_EPOCH, to: Math.floor(Date.now() / 1000) + 1 },
		);
		if (conversations) return conversations;
	}
	const source = cursorSource<Intercom.Conversation>(this, {
		path: '/conversations',
		itemsKey: 'conversations',
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
