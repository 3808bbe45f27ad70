import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readChanges, readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { snakeCased } from '../body';
import type { OperationOption } from '../operation';
import { ticketTypeFields, ticketTypeIdField } from './fields';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a ticket type',
	description: 'Rename, describe, recategorise, archive or unarchive a ticket type',
};

export const description: INodeProperties[] = [
	ticketTypeIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Archived',
				name: 'archived',
				type: 'boolean',
				default: false,
				description: 'Whether the type is archived: no new tickets of it can be created',
			},
			...ticketTypeFields,
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		],
	},
];

/**
 * The same update twice leaves the same type, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ticket-types/updatetickettype
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.TicketType> {
	const ticketTypeId = readIntegerId(this, itemIndex, 'ticketTypeId');
	const fields = readChanges<IDataObject>(this, itemIndex);
	return await intercomApiRequest<Intercom.TicketType>(this, {
		method: 'PUT',
		path: `/ticket_types/${ticketTypeId}`,
		body: snakeCased(fields),
		itemIndex,
		retryable: true,
	});
}
