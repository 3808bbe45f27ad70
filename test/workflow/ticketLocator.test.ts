import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { listSearch } from '../../nodes/Intercom/methods';
import { jsonOf, run, useFakeIntercom } from './setup';

describe('Ticket locator: From List, By URL, By ID, and IDs saved before it', () => {
	const fake = useFakeIntercom();

	it('finds a ticket by its Inbox link, by ID, and from a plain ID saved by older workflows', async () => {
		const ticket = fake.store.addTicket({});
		const url = `https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/${ticket.id}`;
		for (const ticketId of [
			{ __rl: true, mode: 'url', value: url },
			{ __rl: true, mode: 'id', value: ticket.id },
			ticket.id,
		]) {
			const result = await run(fake, { resource: 'ticket', operation: 'get', ticketId });
			expect(jsonOf(result)[0]).toMatchObject({ id: ticket.id });
		}
		expect(fake.calls('GET', `/tickets/${ticket.id}`)).toHaveLength(3);
	});

	it('refuses a link that is not a ticket’s, naming the field, before any call', async () => {
		// n8n checks a literal link against the locator's pattern before the node runs…
		await expect(
			run(fake, {
				resource: 'ticket',
				operation: 'get',
				ticketId: { __rl: true, mode: 'url', value: 'https://example.com/tickets/abc' },
			}),
		).rejects.toThrow('Not a link to an Intercom ticket');
		// …and the node checks one an expression gives.
		const result = await run(fake, {
			resource: 'ticket',
			operation: 'get',
			ticketId: { __rl: true, mode: 'url', value: '={{ "https://example.com/tickets/abc" }}' },
		});
		expect(result.error?.message).toBe(
			'"Ticket" is not a ticket ID or link: https://example.com/tickets/abc',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('lists tickets to pick from, searched by title or ID', async () => {
		const wanted = fake.store.addTicket({ ticket_attributes: { _default_title_: 'Checkout fails' } });
		fake.store.addTicket({ ticket_attributes: { _default_title_: 'Login loop' } });
		const context = loadOptionsContext({
			parameters: { resource: 'ticket', operation: 'get' },
			credentials: tokenCredentials(fake.url, fake.token),
		});
		const all = await listSearch.searchTickets.call(context);
		expect(all.results.length).toBeGreaterThanOrEqual(2);
		const found = await listSearch.searchTickets.call(context, 'Checkout');
		expect(found.results.map((result) => result.value)).toEqual([wanted.id]);
		expect(found.results[0].name).toContain('Checkout fails');
	});
});
