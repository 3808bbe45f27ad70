import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get States',
	action: 'Get the ticket states',
	description: 'List the states tickets move through, each with its category and the ticket types using it',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ticket-states/listticketstates */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.TicketStateDetailed[]> {
	return await returnUnpaged<Intercom.TicketStateDetailed>(this, itemIndex, { path: '/ticket_states' });
}
