import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many ticket types',
	description: 'List the ticket types, each with its attributes',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ticket-types/listtickettypes */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.TicketType[]> {
	return await returnUnpaged<Intercom.TicketType>(this, itemIndex, { path: '/ticket_types' });
}
