import type { IDataObject, IExecuteFunctions, ResourceMapperField } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toUnixSeconds } from './dates';
import { readMapper } from './read';
import { invalidValue, toBoolean, toNumber, toText } from './values';

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
	const mapper = readMapper<{ value?: IDataObject | null; schema?: ResourceMapperField[] }>(
		context,
		itemIndex,
		'ticketAttributes',
	);
	const values = mapper?.value ?? {};
	const schema = mapper?.schema ?? [];
	const attributes: IDataObject = {};
	for (const field of schema) {
		if (field.removed) continue;
		const value = values[field.id];
		const site = { node, itemIndex, label: `Ticket Attributes › ${field.displayName}` };
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
			if (field.required && requireAll) {
				throw new NodeOperationError(node, `"${site.label}" is required by this ticket type`, { itemIndex });
			}
			continue;
		}
		const choices = field.options?.map((option) => option.value);
		if (field.type === 'options' && choices && !choices.includes(value as string)) {
			throw invalidValue(site, value, `one of ${choices.map((choice) => `"${String(choice)}"`).join(', ')}`);
		}
		if (field.type === 'number') attributes[field.id] = toNumber(value, site);
		else if (field.type === 'boolean') attributes[field.id] = toBoolean(value, site);
		else if (field.type === 'dateTime')
			attributes[field.id] = toUnixSeconds(value, site.label, node, itemIndex);
		else attributes[field.id] = toText(value, site);
	}
	return attributes;
}
