import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketIdField } from '../../descriptions/ticketRLC';
import { ticketIdOf } from '../../lookups/ticket';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a ticket',
	description: 'Delete a ticket permanently',
};

export const description: INodeProperties[] = [ticketIdField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const ticketId = ticketIdOf(this, itemIndex);
	return await intercomApiRequest<object>(this, {
		method: 'DELETE',
		path: `/tickets/${encodeURIComponent(ticketId)}`,
		itemIndex,
	});
}
