import type { Intercom } from 'intercom-client';
import type {
	FieldType,
	ILoadOptionsFunctions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import { intercomApiRequest } from '../transport';
import { readCurrentText } from '../parameters/settings';

/** Intercom's attribute data types as n8n's mapper shows them; files cannot be given through the API here. */
const FIELD_TYPES: Record<string, FieldType> = {
	string: 'string',
	integer: 'number',
	decimal: 'number',
	boolean: 'boolean',
	datetime: 'dateTime',
	list: 'options',
};

const LABELS: Record<string, string> = { _default_title_: 'Title', _default_description_: 'Description' };

/**
 * The attributes of the chosen ticket type, with their types and list options; required ones are required to
 * create a ticket (or convert a conversation into one), not to update one.
 */
export async function getTicketTypeAttributes(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const creating = ['create', 'createInBackground', 'convertToTicket'].includes(
		readCurrentText(this, 'operation'),
	);
	const typeId = readCurrentText(this, 'ticketTypeId');
	if (!/^\d+$/.test(typeId)) return { fields: [], emptyFieldsNotice: 'Choose a ticket type first' };
	const type = await intercomApiRequest<Intercom.TicketType>(this, {
		method: 'GET',
		path: `/ticket_types/${typeId}`,
	});
	const fields: ResourceMapperField[] = (type.ticket_type_attributes?.ticket_type_attributes ?? [])
		.filter(
			(attribute): attribute is Intercom.TicketTypeAttribute & { name: string; data_type: string } =>
				attribute?.name !== undefined &&
				attribute.data_type !== undefined &&
				attribute.data_type in FIELD_TYPES &&
				!attribute.archived,
		)
		.map((attribute) => {
			const listOptions = (attribute.input_options as { list_options?: Array<{ label: string }> } | undefined)
				?.list_options;
			return {
				id: attribute.name,
				displayName: LABELS[attribute.name] ?? attribute.name,
				required: creating && attribute.required_to_create === true,
				defaultMatch: false,
				display: true,
				type: FIELD_TYPES[attribute.data_type],
				...(listOptions ? { options: listOptions.map(({ label }) => ({ name: label, value: label })) } : {}),
			};
		});
	return { fields };
}
