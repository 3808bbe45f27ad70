import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { ticketTypeIdField } from './fields';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a ticket type',
	description: 'Get a ticket type with its attributes',
};

export const description: INodeProperties[] = [ticketTypeIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ticket-types/getticketype */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.TicketType> {
	const ticketTypeId = readIntegerId(this, itemIndex, 'ticketTypeId');
	return await intercomApiRequest<Intercom.TicketType>(this, {
		method: 'GET',
		path: `/ticket_types/${ticketTypeId}`,
		itemIndex,
	});
}
