import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCollection, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { snakeCased } from '../body';
import type { OperationOption } from '../operation';
import { ticketTypeFields } from './fields';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create a ticket type',
	description: 'Create a ticket type; it starts with a title and a description attribute',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Bug report',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: ticketTypeFields,
	},
];

/**
 * Not repeated after a lost answer: the workspace would get two types of the same name.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ticket-types/createtickettype
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.TicketType> {
	const name = readText(this, itemIndex, 'name', { required: true });
	const fields = readCollection<IDataObject>(this, itemIndex, 'additionalFields');
	return await intercomApiRequest<Intercom.TicketType>(this, {
		method: 'POST',
		path: '/ticket_types',
		body: { name, ...snakeCased(fields) },
		itemIndex,
	});
}
