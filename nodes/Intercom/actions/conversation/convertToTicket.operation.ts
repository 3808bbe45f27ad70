import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readTicketAttributes } from '../../parameters/ticketAttributes';
import { ticketAttributesField, ticketTypeField } from '../../descriptions/ticketType';
import { conversationIdOf } from '../../lookups/conversation';

export const option: OperationOption = {
	name: 'Convert to Ticket',
	action: 'Convert a conversation to a ticket',
	description: 'Turn a conversation into a ticket of a type, with its attributes',
};

export const description: INodeProperties[] = [conversationRLC(), ticketTypeField, ticketAttributesField];

/**
 * Not repeated after a lost answer: the conversation could become two tickets.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/convertconversationtoticket
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Ticket> {
	const conversationId = conversationIdOf(this, itemIndex);
	const ticketTypeId = readIntegerId(this, itemIndex, 'ticketTypeId');
	const attributes = readTicketAttributes(this, itemIndex, { requireAll: true });
	return await intercomApiRequest<Intercom.Ticket>(this, {
		method: 'POST',
		path: `/conversations/${conversationId}/convert`,
		body: { ticket_type_id: ticketTypeId, ...(Object.keys(attributes).length > 0 ? { attributes } : {}) },
		itemIndex,
	});
}
