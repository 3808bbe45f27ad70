import type { INodeParameters, ResourceMapperField, ResourceMapperValue } from 'n8n-workflow';

import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { loadOptions, resourceMapping } from '../../nodes/Intercom/methods';
import { byEmail, byExternalId, jsonOf, run, useFakeIntercom } from './setup';

/** The resource mapper's value as the editor saves it: the values and the schema loaded from the ticket type. */
const attributes = (
	value: ResourceMapperValue['value'],
	schema: ResourceMapperField[],
): ResourceMapperValue => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema,
	attemptToConvertTypes: false,
	convertFieldsToString: false,
});

describe('Ticket', () => {
	const fake = useFakeIntercom();
	const context = (parameters: INodeParameters) =>
		loadOptionsContext({ parameters, credentials: tokenCredentials(fake.url, fake.token) });
	const schemaOf = async (operation = 'create') =>
		(
			await resourceMapping.getTicketTypeAttributes.call(
				context({
					resource: operation === 'convertToTicket' ? 'conversation' : 'ticket',
					operation,
					ticketTypeId: '1295',
				}),
			)
		).fields;

	it('offers the chosen type’s attributes with their types, required flags and list options; files left out', async () => {
		expect(await schemaOf()).toEqual([
			{
				id: '_default_title_',
				displayName: 'Title',
				required: true,
				defaultMatch: false,
				display: true,
				type: 'string',
			},
			{
				id: '_default_description_',
				displayName: 'Description',
				required: false,
				defaultMatch: false,
				display: true,
				type: 'string',
			},
			{
				id: 'severity',
				displayName: 'severity',
				required: true,
				defaultMatch: false,
				display: true,
				type: 'options',
				options: [
					{ name: 'High', value: 'High' },
					{ name: 'Low', value: 'Low' },
				],
			},
			{
				id: 'affected_users',
				displayName: 'affected_users',
				required: false,
				defaultMatch: false,
				display: true,
				type: 'number',
			},
			{
				id: 'due',
				displayName: 'due',
				required: false,
				defaultMatch: false,
				display: true,
				type: 'dateTime',
			},
			{
				id: 'reproducible',
				displayName: 'reproducible',
				required: false,
				defaultMatch: false,
				display: true,
				type: 'boolean',
			},
		]);
		expect(await loadOptions.getTicketTypes.call(context({}))).toEqual([
			{ name: 'Bug', value: '1295', description: 'Customer' },
		]);
		expect((await loadOptions.getTicketStates.call(context({}))).map((state) => state.name)).toEqual([
			'Submitted',
			'In progress',
			'Resolved',
		]);
	});

	it('creates a ticket with typed attributes (dates as Unix seconds), a contact by external ID, a team and a linked conversation', async () => {
		const contact = fake.store.addContact({ external_id: 'crm-9' });
		const conversation = fake.store.addConversation();
		const result = await run(fake, {
			resource: 'ticket',
			operation: 'create',
			ticketTypeId: '1295',
			contact: byExternalId('crm-9'),
			ticketAttributes: attributes(
				{
					_default_title_: 'Checkout fails',
					severity: 'High',
					affected_users: '12',
					due: '2030-01-01T00:00:00Z',
					reproducible: 'true',
				},
				await schemaOf(),
			),
			additionalFields: { teamAssigneeId: '814865', conversationToLinkId: conversation.id },
		});
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', '/tickets')[0].body).toEqual({
			ticket_type_id: '1295',
			contacts: [{ external_id: 'crm-9' }],
			ticket_attributes: {
				_default_title_: 'Checkout fails',
				severity: 'High',
				affected_users: 12,
				due: 1893456000,
				reproducible: true,
			},
			assignment: { team_assignee_id: '814865' },
			conversation_to_link_id: conversation.id,
		});
		expect(jsonOf(result)[0]).toMatchObject({
			type: 'ticket',
			ticket_id: expect.stringMatching(/^T-/),
			contacts: { contacts: [{ id: contact.id }] },
		});
	});

	// Values from expressions are checked against the ticket type's attributes before any call.
	it.each([
		[
			{ _default_title_: ' ', severity: 'Low' },
			'"Ticket Attributes › Title" is required by this ticket type',
			'',
		],
		[
			{ _default_title_: 'x', severity: 'Urgent' },
			'"Ticket Attributes › severity" expects one of "High", "Low", but got text "Urgent"',
			'',
		],
		[
			{ _default_title_: 'x', severity: 'Low', affected_users: 'many' },
			'"Ticket Attributes › affected_users" expects a number, but got text "many"',
			'',
		],
	])('refuses attributes that do not fit the type, before any call (%#)', async (input, message, why) => {
		const schema = await schemaOf();
		fake.requests.length = 0;
		const fromExpressions = Object.fromEntries(Object.keys(input).map((key) => [key, `={{ $json.${key} }}`]));
		const result = await run(
			fake,
			{
				resource: 'ticket',
				operation: 'create',
				ticketTypeId: '1295',
				contact: byEmail('new@example.com'),
				ticketAttributes: attributes(fromExpressions, schema),
			},
			{ items: [input] },
		);
		expect(result.error?.message).toBe(message);
		if (why) expect(result.error?.description).toBe(why);
		expect(fake.requests).toHaveLength(0);
	});

	it('gets, updates (state, team, snooze, attributes) and deletes a ticket by its API ID', async () => {
		const created = fake.store.addTicket({ ticket_type: { type: 'ticket_type', id: '1295' } });
		const got = await run(fake, { resource: 'ticket', operation: 'get', ticketId: created.id });
		expect(jsonOf(got)[0]).toMatchObject({ id: created.id, ticket_id: `T-${created.id}` });

		const until = new Date(Date.now() + 3_600_000).toISOString();
		const updated = await run(fake, {
			resource: 'ticket',
			operation: 'update',
			ticketId: created.id,
			updateFields: { ticketStateId: '7494', teamAssigneeId: '814866', snoozedUntil: until },
			ticketTypeId: '1295',
			ticketAttributes: attributes({ severity: 'Low' }, await schemaOf('update')),
		});
		expect(updated.error).toBeUndefined();
		expect(fake.calls('PUT', `/tickets/${created.id}`)[0].body).toEqual({
			ticket_state_id: '7494',
			assignee_id: '814866',
			snoozed_until: Math.floor(Date.parse(until) / 1000),
			ticket_attributes: { severity: 'Low' },
			admin_id: 991267460,
		});
		expect(jsonOf(updated)[0]).toMatchObject({
			ticket_state: { category: 'in_progress' },
			team_assignee_id: '814866',
		});

		const twoAssignees = await run(fake, {
			resource: 'ticket',
			operation: 'update',
			ticketId: created.id,
			updateFields: { adminAssigneeId: '991267461', unassign: true },
		});
		expect(twoAssignees.error?.message).toBe(
			'Choose one of "Assignee Admin", "Assignee Team" and "Unassign"',
		);

		const deleted = await run(fake, { resource: 'ticket', operation: 'delete', ticketId: created.id });
		expect(jsonOf(deleted)).toEqual([{ id: created.id, object: 'ticket', deleted: true }]);
	});

	it('replies to a ticket as the token’s own admin, and searches tickets with the shared builder', async () => {
		const ticket = fake.store.addTicket({ open: true });
		fake.store.addTicket({ open: false });
		const replied = await run(fake, {
			resource: 'ticket',
			operation: 'reply',
			ticketId: ticket.id,
			replyAs: 'admin',
			messageType: 'note',
			body: 'Escalated to engineering',
		});
		expect(fake.calls('POST', `/tickets/${ticket.id}/reply`)[0].body).toEqual({
			message_type: 'note',
			type: 'admin',
			admin_id: '991267460',
			body: 'Escalated to engineering',
		});
		expect(jsonOf(replied)[0]).toMatchObject({ type: 'ticket_part', part_type: 'note' });

		const found = await run(fake, {
			resource: 'ticket',
			operation: 'search',
			queryMode: 'builder',
			filterGroups: {
				group: [
					{
						combine: 'AND',
						conditions: { condition: [{ field: 'open', operator: 'equals', value: 'true' }] },
					},
				],
			},
			returnAll: true,
		});
		expect(jsonOf(found).map((item) => item.id)).toEqual([ticket.id]);
		expect(fake.calls('POST', '/tickets/search')[0].body).toEqual({
			query: { field: 'open', operator: '=', value: 'true' },
			pagination: { per_page: 150 },
		});
	});

	it('converts a conversation into a ticket of a type with its attributes, the ticket linked to it', async () => {
		const contact = fake.store.addContact({});
		const conversation = fake.store.addConversation({
			contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: contact.id }] },
		});
		const result = await run(fake, {
			resource: 'conversation',
			operation: 'convertToTicket',
			conversation: { __rl: true, mode: 'id', value: conversation.id },
			ticketTypeId: '1295',
			ticketAttributes: attributes(
				{ _default_title_: 'From chat', severity: 'High' },
				await schemaOf('convertToTicket'),
			),
		});
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', `/conversations/${conversation.id}/convert`)[0].body).toEqual({
			ticket_type_id: '1295',
			attributes: { _default_title_: 'From chat', severity: 'High' },
		});
		expect(jsonOf(result)[0]).toMatchObject({
			type: 'ticket',
			linked_objects: { data: [{ type: 'conversation', id: conversation.id }] },
		});
		// Converting asks for the type's required attributes, as creating does.
		expect(
			(await schemaOf('convertToTicket')).filter((field) => field.required).map((field) => field.id),
		).toEqual(['_default_title_', 'severity']);
	});
});
