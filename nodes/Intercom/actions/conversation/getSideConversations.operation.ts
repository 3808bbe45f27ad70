import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { conversationIdOf } from '../../lookups/conversation';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Side Conversations',
	action: 'Get the side conversations of a conversation',
	description: 'List the side conversations teammates started from a conversation',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [conversationRLC(), ...returnAllLimitOrPage];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversations/listsideconversations */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const conversationId = conversationIdOf(this, itemIndex);
	const source = numberedSource<IDataObject>(this, {
		path: `/conversations/${conversationId}/side_conversations`,
		itemsKey: 'side_conversations',
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
