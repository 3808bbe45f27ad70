import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketIdField } from '../../descriptions/ticketRLC';
import { ticketIdOf } from '../../lookups/ticket';
import { ticketAttributesField, ticketTypeField } from '../../descriptions/ticketType';
import { readIntegerId } from '../../parameters/read';
import { readTicketAttributes } from '../../parameters/ticketAttributes';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Change Type',
	action: 'Change the type of a ticket',
	description: "Move a ticket to another type, with a state and the new type's attributes",
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	ticketIdField,
	ticketTypeField,
	{
		displayName: 'State Name or ID',
		name: 'ticketStateId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTicketStates' },
		default: '',
		required: true,
		description:
			'The ticket\'s state in its new type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	ticketAttributesField,
];

/**
 * The same change twice leaves the same ticket, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tickets/changetickettype
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Ticket> {
	const ticketId = ticketIdOf(this, itemIndex);
	const ticketTypeId = readIntegerId(this, itemIndex, 'ticketTypeId');
	const ticketStateId = readIntegerId(this, itemIndex, 'ticketStateId');
	const attributes = readTicketAttributes(this, itemIndex, { requireAll: false });
	return await intercomApiRequest<Intercom.Ticket>(this, {
		method: 'POST',
		path: `/tickets/${encodeURIComponent(ticketId)}/change_type`,
		body: {
			ticket_type_id: ticketTypeId,
			ticket_state_id: ticketStateId,
			...(Object.keys(attributes).length > 0 ? { ticket_attributes: attributes } : {}),
		},
		itemIndex,
		retryable: true,
	});
}
