import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ticketIdField } from '../../descriptions/ticketRLC';
import { ticketIdOf } from '../../lookups/ticket';
import { actingAdminField } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { toUnixSeconds } from '../../parameters/dates';
import { readCollection } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readTicketAttributes } from '../../parameters/ticketAttributes';
import { ticketAttributesField, ticketTypeField } from '../../descriptions/ticketType';
import { assigneeFields } from './fields';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a ticket',
	description: 'Change the state, assignee, open or snoozed state, or attributes of a ticket',
};

export const description: INodeProperties[] = [
	ticketIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...assigneeFields,
			{
				displayName: 'Open',
				name: 'open',
				type: 'boolean',
				default: true,
				description: 'Whether the ticket is open; closing it also unsnoozes it',
			},
			{
				displayName: 'Snoozed Until',
				name: 'snoozedUntil',
				type: 'dateTime',
				default: '',
				description: 'When the ticket reopens; it must lie in the future',
			},
			{
				displayName: 'State Name or ID',
				name: 'ticketStateId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTicketStates' },
				default: '',
				description:
					'A state of the ticket’s type. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Unassign',
				name: 'unassign',
				type: 'boolean',
				default: false,
				description: 'Whether to take the ticket off its assignee',
			},
		],
	},
	{
		...ticketTypeField,
		required: false,
		description:
			'The ticket’s type, to change its attributes below. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ ...ticketAttributesField, required: false },
	actingAdminField,
];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tickets/updateticket */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Ticket> {
	const node = this.getNode();
	const ticketId = ticketIdOf(this, itemIndex);
	const fields = readCollection<IDataObject>(this, itemIndex, 'updateFields');
	const body: IDataObject = {};
	if (fields.ticketStateId) body.ticket_state_id = String(fields.ticketStateId);
	if (typeof fields.open === 'boolean') body.open = fields.open;
	const assignees = [
		fields.unassign ? '0' : '',
		String(fields.adminAssigneeId ?? ''),
		String(fields.teamAssigneeId ?? ''),
	].filter(Boolean);
	if (assignees.length > 1) {
		throw new NodeOperationError(node, 'Choose one of "Assignee Admin", "Assignee Team" and "Unassign"', {
			description: 'A ticket update takes one assignee: an admin, a team, or none.',
			itemIndex,
		});
	}
	if (assignees.length === 1) body.assignee_id = assignees[0];
	if (fields.snoozedUntil) {
		const until = toUnixSeconds(fields.snoozedUntil, 'Snoozed Until', node, itemIndex);
		if (until <= Math.floor(Date.now() / 1000)) {
			throw new NodeOperationError(
				node,
				`"Snoozed Until" is in the past: ${new Date(until * 1000).toISOString()}`,
				{
					itemIndex,
				},
			);
		}
		body.snoozed_until = until;
	}
	const attributes = readTicketAttributes(this, itemIndex, { requireAll: false });
	if (Object.keys(attributes).length > 0) body.ticket_attributes = attributes;
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			node,
			'"Update Fields" and "Ticket Attributes" are empty: nothing to update',
			{
				itemIndex,
			},
		);
	}
	body.admin_id = Number(await readActingAdmin(this, itemIndex));
	return await intercomApiRequest<Intercom.Ticket>(this, {
		method: 'PUT',
		path: `/tickets/${encodeURIComponent(ticketId)}`,
		body,
		itemIndex,
	});
}
