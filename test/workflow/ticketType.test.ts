import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { loadOptions } from '../../nodes/Intercom/methods';
import { byId, jsonOf, run, useFakeIntercom } from './setup';

describe('Ticket types, ticket tags and states, blocking, away reasons', () => {
	const fake = useFakeIntercom();
	const TOKEN_OWNER = '991267460';

	it('tags and untags a ticket, as the token’s own admin by default', async () => {
		const ticket = fake.store.addTicket({});
		const tag = fake.store.tagByName('Escalated');
		const base = { resource: 'ticket', ticketId: ticket.id, tagId: tag.id };
		const added = await run(fake, { ...base, operation: 'addTag' });
		const removed = await run(fake, { ...base, operation: 'removeTag', adminId: '991267461' });
		expect(added.error).toBeUndefined();
		expect(removed.error).toBeUndefined();
		expect(fake.calls('POST', `/tickets/${ticket.id}/tags`).map((call) => call.body)).toEqual([
			{ id: tag.id, admin_id: TOKEN_OWNER },
		]);
		expect(fake.calls('DELETE', `/tickets/${ticket.id}/tags/${tag.id}`).map((call) => call.body)).toEqual([
			{ admin_id: '991267461' },
		]);
		expect(jsonOf(added)[0]).toMatchObject({ type: 'tag' });
	});

	it('refuses a tag ID that is not digits, naming the field, before any call', async () => {
		const result = await run(fake, { resource: 'ticket', operation: 'addTag', ticketId: '1', tagId: 'VIP' });
		expect(result.error?.message).toContain('"Tag Name or ID"');
		expect(fake.requests).toHaveLength(0);
	});

	it('blocks a contact found by email, and removes a subscription consent', async () => {
		const contact = fake.store.addContact({ role: 'user', email: 'spam@example.com' });
		const blocked = await run(fake, {
			resource: 'contact',
			operation: 'block',
			contact: { __rl: true, mode: 'email', value: 'spam@example.com' },
		});
		expect(blocked.error).toBeUndefined();
		expect(fake.calls('POST', `/contacts/${contact.id}/block`)).toHaveLength(1);

		const removed = await run(fake, {
			resource: 'contactSubscription',
			operation: 'remove',
			contact: byId(contact.id),
			subscriptionTypeId: '37846',
		});
		expect(removed.error).toBeUndefined();
		expect(fake.calls('DELETE', `/contacts/${contact.id}/subscriptions/37846`)).toHaveLength(1);
	});

	it('lists away reasons and ticket states with Return All or a Limit', async () => {
		const reasons = await run(fake, { resource: 'admin', operation: 'getAwayReasons', returnAll: true });
		const states = await run(fake, {
			resource: 'ticket',
			operation: 'getStates',
			returnAll: false,
			limit: 1,
		});
		expect(jsonOf(reasons).length).toBeGreaterThan(0);
		expect(jsonOf(reasons)[0]).toMatchObject({ type: 'away_status_reason' });
		expect(jsonOf(states)).toHaveLength(1);
		expect(jsonOf(states)[0]).toMatchObject({ type: 'ticket_state' });
	});

	it('creates and updates a ticket type, its fields under Intercom’s names', async () => {
		const created = await run(fake, {
			resource: 'ticketType',
			operation: 'create',
			name: 'Bug report',
			additionalFields: { category: 'Back-office', icon: '🐞', isInternal: true },
		});
		expect(created.error).toBeUndefined();
		expect(fake.calls('POST', '/ticket_types')[0].body).toEqual({
			name: 'Bug report',
			category: 'Back-office',
			icon: '🐞',
			is_internal: true,
		});
		const updated = await run(fake, {
			resource: 'ticketType',
			operation: 'update',
			ticketTypeId: '1295',
			updateFields: { archived: true },
		});
		expect(updated.error).toBeUndefined();
		expect(fake.calls('PUT', '/ticket_types/1295')[0].body).toEqual({ archived: true });
	});

	it('adds and updates an attribute, offering the type’s attributes to pick from', async () => {
		const created = await run(fake, {
			resource: 'ticketType',
			operation: 'createAttribute',
			ticketTypeId: '1295',
			name: 'Severity',
			description: 'How bad it is',
			dataType: 'list',
			options: { listItems: 'Low, High', requiredToCreate: true },
		});
		expect(created.error).toBeUndefined();
		expect(fake.calls('POST', '/ticket_types/1295/attributes')[0].body).toEqual({
			name: 'Severity',
			description: 'How bad it is',
			data_type: 'list',
			list_items: 'Low, High',
			required_to_create: true,
		});

		const context = loadOptionsContext({
			parameters: { resource: 'ticketType', operation: 'updateAttribute', ticketTypeId: '1295' },
			credentials: tokenCredentials(fake.url, fake.token),
		});
		const attributes = await loadOptions.getTicketTypeAttributeOptions.call(context);
		expect(attributes.map((attribute) => attribute.value)).toContain('1');

		const updated = await run(fake, {
			resource: 'ticketType',
			operation: 'updateAttribute',
			ticketTypeId: '1295',
			attributeId: '1',
			updateFields: { visibleToContacts: false },
		});
		expect(updated.error).toBeUndefined();
		expect(fake.calls('PUT', '/ticket_types/1295/attributes/1')[0].body).toEqual({
			visible_to_contacts: false,
		});
	});

	it('refuses an update with nothing to change, naming the field, before any call', async () => {
		const result = await run(fake, {
			resource: 'ticketType',
			operation: 'update',
			ticketTypeId: '1295',
			updateFields: {},
		});
		expect(result.error?.message).toBe('"Update Fields" is empty: add a field to change');
		expect(fake.requests).toHaveLength(0);
	});
});
