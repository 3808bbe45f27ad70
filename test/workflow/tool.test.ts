import { lookupMode } from '../../nodes/Intercom/actions/contact/find.operation';
import { jsonOf, run, useFakeIntercom } from './setup';

describe('Contact › Find, and the node as an AI agent’s tool', () => {
	const fake = useFakeIntercom();

	it.each([
		['jane@example.com', 'email'],
		['6762f0d51bb69f9f2193bb7f', 'id'],
		['crm-4711', 'externalId'],
		['12345', 'externalId'],
	])('reads %s as %s', (value, mode) => {
		expect(lookupMode(value)).toBe(mode);
	});

	it('finds a contact from one value of any of the three shapes, each with one lookup', async () => {
		const contact = fake.store.addContact({
			email: 'jane@example.com',
			external_id: 'crm-4711',
			name: 'Jane',
		});
		for (const value of ['jane@example.com', contact.id, 'crm-4711']) {
			fake.requests.length = 0;
			const result = await run(fake, { resource: 'contact', operation: 'find', lookup: value });
			expect(jsonOf(result)[0].id).toBe(contact.id);
			expect(fake.requests).toHaveLength(1);
		}
		expect(fake.requests[0].path).toBe('/contacts/find_by_external_id/crm-4711');
	});

	it('gives a model compact objects: no nulls, no empty lists, nested lists unwrapped', async () => {
		const contact = fake.store.addContact({
			email: 'jane@example.com',
			name: 'Jane',
			phone: null,
			avatar: null,
			custom_attributes: { plan: 'pro', seats: null },
			companies: { type: 'list', data: [], url: '/contacts/x/companies', total_count: 0, has_more: false },
		});
		const parameters = { resource: 'contact', operation: 'find', lookup: 'jane@example.com' };
		const regular = jsonOf(await run(fake, parameters))[0];
		const asTool = jsonOf(await run(fake, parameters, { asTool: true }))[0];
		const size = (value: unknown) => JSON.stringify(value).length;
		console.log(`one contact: ${size(regular)} characters as a node, ${size(asTool)} as a tool`);
		expect(asTool).toEqual({
			type: 'contact',
			id: contact.id,
			workspace_id: 'ecahpwf5',
			role: 'user',
			email: 'jane@example.com',
			name: 'Jane',
			created_at: contact.created_at,
			updated_at: contact.updated_at,
			custom_attributes: { plan: 'pro' },
		});
		expect(JSON.stringify(asTool)).not.toContain('null');
		expect(size(asTool)).toBeLessThan(size(regular));
	});
});
