import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { conversationIdOf } from '../../lookups/conversation';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Merge',
	action: 'Merge a conversation into another',
	description: 'Merge a conversation into another one, which keeps both threads',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	conversationRLC({ description: 'The conversation merged away' }),
	{
		displayName: 'Merge Into Conversation ID',
		name: 'mergeIntoId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1295',
		description: 'The conversation that stays and receives the other',
	},
];

/**
 * Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversations/mergeconversation
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	const mergeIntoId = readIntegerId(this, itemIndex, 'mergeIntoId');
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'POST',
		path: `/conversations/${conversationId}/merge`,
		body: { merge_into_conversation_id: Number(mergeIntoId) },
		itemIndex,
	});
}
