import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { contactRLC } from '../../descriptions/contactRLC';
import { readCollection, readIntegerId, readLocator } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { resolveCompanyId } from '../../lookups/company';
import type { OperationOption } from '../operation';
import { readTicketAttributes } from '../../parameters/ticketAttributes';
import { ticketAttributesField, ticketTypeField } from '../../descriptions/ticketType';
import { assigneeFields } from './fields';
import { CONTACT_EMAIL } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create a ticket',
	description: 'Open a ticket of a type, with its attributes, for a contact',
};

export const description: INodeProperties[] = [
	ticketTypeField,
	contactRLC({
		description:
			'The contact the ticket is for: by Intercom ID, external ID, or email (Intercom creates a contact for a new email)',
	}),
	ticketAttributesField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...assigneeFields,
			{ ...companyRLC({ required: false, description: 'The company the ticket is about' }) },
			{
				displayName: 'Link to Conversation ID',
				name: 'conversationToLinkId',
				type: 'string',
				default: '',
				description: 'The conversation the ticket belongs to (a number, as Conversation › Get shows it)',
			},
		],
	},
];

export const tool: ToolUse = {
	arguments: {
		contact: `${CONTACT_EMAIL} (with the field's mode By Email)`,
		ticketAttributes:
			'Title: a short title, e.g. Refund for order 1042. Description: what the customer needs, in a few sentences',
	},
};

/** The contact as a ticket names one: `id`, `external_id` or `email`. */
function ticketContact(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const { mode, value } = readLocator(
		context,
		itemIndex,
		'contact',
		'choose a contact or give its ID, external ID or email',
	);
	if (mode === 'externalId') return { external_id: value };
	if (mode === 'email') return { email: value };
	return { id: value };
}

/**
 * Not repeated after a lost answer: it would open the ticket twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tickets/createticket
 */
/** The body of a new ticket: its type, contact, attributes (the required ones required), assignment and links. */
export async function readNewTicket(context: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const ticketTypeId = readIntegerId(context, itemIndex, 'ticketTypeId');
	const ticketAttributes = readTicketAttributes(context, itemIndex, { requireAll: true });
	const fields = readCollection<IDataObject>(context, itemIndex, 'additionalFields');
	const assignment = {
		...(fields.adminAssigneeId ? { admin_assignee_id: String(fields.adminAssigneeId) } : {}),
		...(fields.teamAssigneeId ? { team_assignee_id: String(fields.teamAssigneeId) } : {}),
	};
	const body: IDataObject = {
		ticket_type_id: ticketTypeId,
		contacts: [ticketContact(context, itemIndex)],
		ticket_attributes: ticketAttributes,
		...(Object.keys(assignment).length > 0 ? { assignment } : {}),
		...(fields.conversationToLinkId ? { conversation_to_link_id: String(fields.conversationToLinkId) } : {}),
	};
	if (fields.company !== undefined) {
		body.company_id = await resolveCompanyId(context, itemIndex, 'additionalFields.company');
	}
	return body;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Ticket> {
	const body = await readNewTicket(this, itemIndex);
	return await intercomApiRequest<Intercom.Ticket>(this, {
		method: 'POST',
		path: '/tickets',
		body,
		itemIndex,
	});
}
