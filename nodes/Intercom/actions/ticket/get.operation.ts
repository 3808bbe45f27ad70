import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketIdField } from '../../descriptions/ticketRLC';
import { ticketIdOf } from '../../lookups/ticket';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a ticket',
	description: 'Get a ticket by its API ID',
};

export const description: INodeProperties[] = [ticketIdField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Ticket> {
	const ticketId = ticketIdOf(this, itemIndex);
	return await intercomApiRequest<Intercom.Ticket>(this, {
		method: 'GET',
		path: `/tickets/${encodeURIComponent(ticketId)}`,
		itemIndex,
	});
}
