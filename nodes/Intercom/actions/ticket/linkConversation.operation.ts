import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketIdField } from '../../descriptions/ticketRLC';
import { ticketIdOf } from '../../lookups/ticket';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { conversationIdOf } from '../../lookups/conversation';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Link Conversation',
	action: 'Link a conversation to a ticket',
	description: 'Link a customer conversation to a back-office or tracker ticket',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [ticketIdField, conversationRLC()];

/**
 * Linking twice leaves one link, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tickets/linkconversationtoticket
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const ticketId = ticketIdOf(this, itemIndex);
	const conversationId = conversationIdOf(this, itemIndex);
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'POST',
		path: `/tickets/${encodeURIComponent(ticketId)}/linked_conversations`,
		body: { conversation_id: conversationId },
		itemIndex,
		retryable: true,
	});
}
