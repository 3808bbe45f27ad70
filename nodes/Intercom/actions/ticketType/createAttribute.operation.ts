import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCollection, readIntegerId, readOption, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { snakeCased } from '../body';
import type { OperationOption } from '../operation';
import { attributeSettings, ticketTypeIdField } from './fields';

export const option: OperationOption = {
	name: 'Create Attribute',
	action: 'Create a ticket type attribute',
	description: 'Add an attribute (text, list, number, date, files…) to a ticket type',
};

export const description: INodeProperties[] = [
	ticketTypeIdField,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Severity',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		required: true,
		description: 'Shown to whoever fills the attribute in',
	},
	{
		displayName: 'Data Type',
		name: 'dataType',
		type: 'options',
		options: [
			{ name: 'Boolean', value: 'boolean' },
			{ name: 'Date and Time', value: 'datetime' },
			{ name: 'Decimal', value: 'decimal' },
			{ name: 'Files', value: 'files' },
			{ name: 'Integer', value: 'integer' },
			{ name: 'List', value: 'list', description: 'One of the List Items' },
			{ name: 'Text', value: 'string' },
		],
		default: 'string',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: attributeSettings,
	},
];

/**
 * Not repeated after a lost answer: the type would get the attribute twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ticket-type-attributes/createtickettypeattribute
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.TicketTypeAttribute> {
	const ticketTypeId = readIntegerId(this, itemIndex, 'ticketTypeId');
	const name = readText(this, itemIndex, 'name', { required: true });
	const attributeDescription = readText(this, itemIndex, 'description', { required: true });
	const dataType = readOption<string>(this, itemIndex, 'dataType');
	const settings = readCollection<IDataObject>(this, itemIndex, 'options');
	return await intercomApiRequest<Intercom.TicketTypeAttribute>(this, {
		method: 'POST',
		path: `/ticket_types/${ticketTypeId}/attributes`,
		body: { name, description: attributeDescription, data_type: dataType, ...snakeCased(settings) },
		itemIndex,
	});
}
