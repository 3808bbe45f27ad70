import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { readCollection } from '../../parameters/read';
import { CONVERSATION_ID } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a conversation',
	description: 'Get a conversation with its most recent 500 parts',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	optionsCollection([
		{
			displayName: 'Plain Text',
			name: 'plainText',
			type: 'boolean',
			default: false,
			description: 'Whether to return the message bodies as plain text instead of HTML',
		},
	]),
];

export const tool: ToolUse = { arguments: { conversation: CONVERSATION_ID } };

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/retrieveconversation */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const id = conversationIdOf(this, itemIndex);
	const { plainText = false } = readCollection<{ plainText?: boolean }>(this, itemIndex, 'options');
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'GET',
		path: `/conversations/${id}`,
		qs: plainText ? { display_as: 'plaintext' } : undefined,
		itemIndex,
	});
}
