import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation permanently',
};

export const description: INodeProperties[] = [conversationRLC()];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/deleteconversation */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const conversationId = conversationIdOf(this, itemIndex);
	return await intercomApiRequest<object>(this, {
		method: 'DELETE',
		path: `/conversations/${conversationId}`,
		itemIndex,
	});
}
