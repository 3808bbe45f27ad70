import type { FakeThread } from '../records';
import { nextNumericId, now } from '../records';
import { searchThreads } from './conversations';
import { route } from './routing';

/** Tickets are only searched so far (the polling trigger). */
export class TicketRecords {
	tickets = new Map<string, FakeThread>();

	addTicket(fields: Partial<FakeThread> = {}): FakeThread {
		const timestamp = now();
		const id = nextNumericId();
		const ticket: FakeThread = {
			type: 'ticket',
			id,
			ticket_id: `T-${id}`,
			category: 'Customer',
			ticket_state: { type: 'ticket_state', id: '1', category: 'submitted' },
			created_at: timestamp,
			updated_at: timestamp,
			open: true,
			...fields,
		};
		this.tickets.set(ticket.id, ticket);
		return ticket;
	}
}

export const routes = [
	route(
		'POST',
		'/tickets/search',
		searchThreads((store) => store.tickets, 'tickets'),
	),
];
