import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readChanges, readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { snakeCased } from '../body';
import type { OperationOption } from '../operation';
import { attributeSettings, ticketTypeIdField } from './fields';

export const option: OperationOption = {
	name: 'Update Attribute',
	action: 'Update a ticket type attribute',
	description: "Rename, describe, archive or change the settings of a ticket type's attribute",
};

export const description: INodeProperties[] = [
	ticketTypeIdField,
	{
		displayName: 'Attribute Name or ID',
		name: 'attributeId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getTicketTypeAttributeOptions',
			loadOptionsDependsOn: ['ticketTypeId'],
		},
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
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
				description: 'Whether the attribute is archived (hidden from new tickets)',
			},
			{ displayName: 'Description', name: 'description', type: 'string', default: '' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			...attributeSettings,
		],
	},
];

/**
 * The same update twice leaves the same attribute, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ticket-type-attributes/updatetickettypeattribute
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.TicketTypeAttribute> {
	const ticketTypeId = readIntegerId(this, itemIndex, 'ticketTypeId');
	const attributeId = readIntegerId(this, itemIndex, 'attributeId');
	const fields = readChanges<IDataObject>(this, itemIndex);
	return await intercomApiRequest<Intercom.TicketTypeAttribute>(this, {
		method: 'PUT',
		path: `/ticket_types/${ticketTypeId}/attributes/${attributeId}`,
		body: snakeCased(fields),
		itemIndex,
		retryable: true,
	});
}
