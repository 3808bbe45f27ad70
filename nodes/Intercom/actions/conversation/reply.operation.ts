import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { replyFields } from '../../descriptions/reply';
import { readReply } from '../../parameters/reply';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { CONVERSATION_ID, messageText } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Reply',
	action: 'Reply to a conversation',
	description: 'Reply as a teammate (a message or a note) or as the contact, with attachments',
};

export const description: INodeProperties[] = [conversationRLC(), ...replyFields];

export const tool: ToolUse = {
	arguments: { conversation: CONVERSATION_ID, body: messageText('The reply the customer reads') },
};

/**
 * A reply is not repeated after a lost answer: it would be posted twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/replyconversation
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'POST',
		path: `/conversations/${conversationId}/reply`,
		body: await readReply(this, itemIndex),
		itemIndex,
	});
}
