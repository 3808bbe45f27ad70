import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { ticketIdField } from './fields';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a ticket',
	description: 'Delete a ticket permanently',
};

export const description: INodeProperties[] = [ticketIdField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const ticketId = readText(this, itemIndex, 'ticketId', { required: true });
	return await intercomApiRequest<object>(this, {
		method: 'DELETE',
		path: `/tickets/${encodeURIComponent(ticketId)}`,
		itemIndex,
	});
}
