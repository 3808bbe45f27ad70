import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketIdField } from '../../descriptions/ticketRLC';
import { ticketIdOf } from '../../lookups/ticket';
import { replyFields } from '../../descriptions/reply';
import { readReply } from '../../parameters/reply';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { TICKET_ID, messageText } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Reply',
	action: 'Reply to a ticket',
	description: 'Reply as a teammate (a message or a note) or as the contact, with attachments',
};

export const description: INodeProperties[] = [ticketIdField, ...replyFields];

export const tool: ToolUse = {
	arguments: { ticketId: TICKET_ID, body: messageText('The reply the customer reads') },
};

/**
 * The same reply as on a conversation; not repeated after a lost answer.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tickets/replyticket
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.TicketReply> {
	const ticketId = ticketIdOf(this, itemIndex);
	return await intercomApiRequest<Intercom.TicketReply>(this, {
		method: 'POST',
		path: `/tickets/${encodeURIComponent(ticketId)}/reply`,
		body: await readReply(this, itemIndex),
		itemIndex,
	});
}
