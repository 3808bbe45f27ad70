import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { readOption, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';

export const option: OperationOption = {
	name: 'Redact',
	action: 'Redact a conversation part',
	description: 'Remove the text of one part of a conversation, or of the message that started it',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	{
		displayName: 'Redact',
		name: 'redact',
		type: 'options',
		options: [
			{ name: 'A Part', value: 'part', description: 'One reply or note, by its part ID' },
			{ name: 'The Source', value: 'source', description: 'The message that started the conversation' },
		],
		default: 'part',
	},
	{
		displayName: 'Part ID',
		name: 'partId',
		type: 'string',
		default: '',
		required: true,
		description: 'The ID of the conversation part, as Get shows it among the conversation parts',
		displayOptions: { show: { redact: ['part'] } },
	},
];

/**
 * For the source, its id is read from the conversation first. Redacting twice leaves the same text, so it may be
 * retried. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/redactconversation
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	let target: object;
	if (readOption<'part' | 'source'>(this, itemIndex, 'redact') === 'part') {
		target = {
			type: 'conversation_part',
			conversation_part_id: readText(this, itemIndex, 'partId', { required: true }),
		};
	} else {
		const conversation = await intercomApiRequest<Intercom.Conversation>(this, {
			method: 'GET',
			path: `/conversations/${conversationId}`,
			itemIndex,
		});
		const sourceId = conversation.source?.id;
		if (!sourceId) {
			throw new NodeOperationError(this.getNode(), `Conversation ${conversationId} has no source to redact`, {
				itemIndex,
			});
		}
		target = { type: 'source', source_id: sourceId };
	}
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'POST',
		path: '/conversations/redact',
		body: { conversation_id: conversationId, ...target },
		itemIndex,
		retryable: true,
	});
}
