import type { IDataObject, IExecuteFunctions, ResourceMapperField } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toUnixSeconds } from '../../parameters/dates';

/**
 * The ticket attributes of the resource mapper, converted to Intercom's types (dates to Unix seconds). n8n itself
 * refuses a value that does not fit the schema (a list value that is not an option, text for a number); what it lets
 * through, an empty value for a required attribute, is refused here on create.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tickets/createticket
 */
export function readTicketAttributes(
	context: IExecuteFunctions,
	itemIndex: number,
	{ requireAll }: { requireAll: boolean },
): IDataObject {
	const node = context.getNode();
	const values = (context.getNodeParameter('ticketAttributes.value', itemIndex, {}) ?? {}) as IDataObject;
	const schema = context.getNodeParameter('ticketAttributes.schema', itemIndex, []) as ResourceMapperField[];
	const attributes: IDataObject = {};
	for (const field of schema) {
		if (field.removed) continue;
		const value = values[field.id];
		const label = `Ticket attribute "${field.displayName}"`;
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
			if (field.required && requireAll) {
				throw new NodeOperationError(node, `${label} is required by this ticket type`, { itemIndex });
			}
			continue;
		}
		if (field.type === 'number') attributes[field.id] = Number(value);
		else if (field.type === 'boolean') attributes[field.id] = String(value).toLowerCase() === 'true';
		else if (field.type === 'dateTime')
			attributes[field.id] = toUnixSeconds(value, field.displayName, node, itemIndex);
		else attributes[field.id] = String(value);
	}
	return attributes;
}
