import { badRequest, HttpError } from '../errors';
import type { FakeThread, Json } from '../records';
import { hexId, nextNumericId, now } from '../records';
import type { Handler, Route } from '../server';
import type { Store } from '../store';
import { searchThreads } from './conversations';
import { list, route } from './routing';

const attribute = (id: string, name: string, dataType: string, extra: Json = {}): Json => ({
	type: 'ticket_type_attribute',
	id,
	workspace_id: 'ecahpwf5',
	name,
	description: '',
	data_type: dataType,
	input_options: {},
	order: Number(id),
	required_to_create: false,
	required_to_create_for_contacts: false,
	visible_on_create: true,
	visible_to_contacts: true,
	default: name.startsWith('_default_'),
	ticket_type_id: 1295,
	archived: false,
	...extra,
});

const STATES: Json[] = [
	{
		type: 'ticket_state',
		id: '7493',
		category: 'submitted',
		internal_label: 'Submitted',
		external_label: 'Submitted',
	},
	{
		type: 'ticket_state',
		id: '7494',
		category: 'in_progress',
		internal_label: 'In progress',
		external_label: 'In progress',
	},
	{
		type: 'ticket_state',
		id: '7495',
		category: 'resolved',
		internal_label: 'Resolved',
		external_label: 'Resolved',
	},
];

/** Ticket types with their attributes and states, and tickets, which Intercom lists only through search. */
export class TicketRecords {
	tickets = new Map<string, FakeThread>();

	ticketTypes: Json[] = [
		{
			type: 'ticket_type',
			id: '1295',
			category: 'Customer',
			name: 'Bug',
			description: 'A bug a customer reported',
			icon: '🐞',
			workspace_id: 'ecahpwf5',
			archived: false,
			created_at: 1_700_000_000,
			updated_at: 1_700_000_000,
			is_internal: false,
			ticket_type_attributes: {
				type: 'ticket_type_attributes.list',
				ticket_type_attributes: [
					attribute('1', '_default_title_', 'string', { required_to_create: true }),
					attribute('2', '_default_description_', 'string', { input_options: { multiline: true } }),
					attribute('3', 'severity', 'list', {
						required_to_create: true,
						input_options: {
							list_options: [
								{ id: '31', label: 'High' },
								{ id: '32', label: 'Low' },
							],
						},
					}),
					attribute('4', 'affected_users', 'integer'),
					attribute('5', 'due', 'datetime'),
					attribute('6', 'reproducible', 'boolean'),
					attribute('7', 'screenshots', 'files'),
				],
			},
			ticket_states: { type: 'list', data: STATES },
		},
	];

	addTicket(fields: Partial<FakeThread> = {}): FakeThread {
		const timestamp = now();
		const id = nextNumericId();
		const ticket: FakeThread = {
			type: 'ticket',
			id,
			ticket_id: `T-${id}`,
			category: 'Customer',
			ticket_attributes: {},
			ticket_state: STATES[0],
			created_at: timestamp,
			updated_at: timestamp,
			open: true,
			...fields,
		};
		this.tickets.set(ticket.id, ticket);
		return ticket;
	}
}

function ticketOf(store: Store, id: string): FakeThread {
	const ticket = store.tickets.get(id);
	if (!ticket) throw new HttpError(404, 'ticket_not_found', 'Ticket not found');
	return ticket;
}

function typeOf(store: Store, id: unknown): Json {
	const type = store.ticketTypes.find((candidate) => candidate.id === String(id));
	if (!type) throw new HttpError(404, 'not_found', 'Ticket type not found', 'ticket_type_id');
	return type;
}

/** Intercom checks attributes against the type: known names, list values among the options, required ones given. */
export function checkAttributes(type: Json, attributes: Json, creating: boolean): void {
	const definitions = (type.ticket_type_attributes as { ticket_type_attributes: Json[] })
		.ticket_type_attributes;
	for (const [name, value] of Object.entries(attributes)) {
		const definition = definitions.find((candidate) => candidate.name === name);
		if (!definition)
			throw badRequest(`Ticket attribute ${name} does not exist on this ticket type`, 'ticket_attributes');
		const options = (definition.input_options as { list_options?: Json[] }).list_options;
		if (options && !options.some((option) => option.label === value)) {
			throw badRequest(`${String(value)} is not an option of ${name}`, 'ticket_attributes');
		}
		const expected = { integer: 'number', decimal: 'number', boolean: 'boolean', datetime: 'number' }[
			String(definition.data_type)
		];
		if (expected && typeof value !== expected)
			throw badRequest(`${name} must be a ${String(definition.data_type)}`, 'ticket_attributes');
	}
	if (creating) {
		const missing = definitions.find(
			(definition) => definition.required_to_create && attributes[String(definition.name)] === undefined,
		);
		if (missing) throw badRequest(`${String(missing.name)} is required`, 'ticket_attributes');
	}
}

const createTicket: Handler = ({ store, body }) => {
	const type = typeOf(store, body.ticket_type_id);
	const contacts = (body.contacts ?? []) as Json[];
	if (contacts.length !== 1) throw badRequest('Exactly one contact is allowed', 'contacts');
	const [reference] = contacts;
	const contact =
		[...store.contacts.values()].find(
			(candidate) =>
				(reference.id && candidate.id === reference.id) ||
				(reference.external_id && candidate.external_id === reference.external_id) ||
				(reference.email && candidate.email === reference.email),
		) ??
		(reference.email
			? store.addContact({ id: hexId(), role: 'user', email: String(reference.email) })
			: undefined);
	if (!contact) throw new HttpError(404, 'not_found', 'User Not Found');
	const attributes = (body.ticket_attributes ?? {}) as Json;
	checkAttributes(type, attributes, true);
	const assignment = (body.assignment ?? {}) as Json;
	const ticket = store.addTicket({
		ticket_type: { type: 'ticket_type', id: type.id, name: type.name, category: type.category },
		category: type.category,
		ticket_attributes: attributes,
		contacts: { type: 'contact.list', contacts: [{ type: 'contact', id: contact.id }] },
		admin_assignee_id: assignment.admin_assignee_id ?? null,
		team_assignee_id: assignment.team_assignee_id ?? null,
		...(body.company_id ? { company_id: body.company_id } : {}),
		...(body.conversation_to_link_id
			? { linked_objects: { data: [{ type: 'conversation', id: body.conversation_to_link_id }] } }
			: {}),
	});
	return { body: ticket };
};

const updateTicket: Handler = ({ store, params, body }) => {
	const ticket = ticketOf(store, params.id);
	if (body.ticket_attributes !== undefined) {
		const type = typeOf(store, (ticket.ticket_type as Json | undefined)?.id ?? '1295');
		checkAttributes(type, body.ticket_attributes as Json, false);
		ticket.ticket_attributes = { ...(ticket.ticket_attributes as Json), ...(body.ticket_attributes as Json) };
	}
	if (body.ticket_state_id !== undefined) {
		const state = STATES.find((candidate) => candidate.id === String(body.ticket_state_id));
		if (!state) throw badRequest('ticket_state_id is not a state of this ticket type', 'ticket_state_id');
		ticket.ticket_state = state;
	}
	if (body.open !== undefined) ticket.open = body.open;
	if (body.snoozed_until !== undefined) ticket.snoozed_until = body.snoozed_until;
	if (body.assignee_id !== undefined) {
		const assignee = String(body.assignee_id);
		const isTeam = store.teams.some((team) => team.id === assignee);
		if (assignee !== '0' && !isTeam && !store.admins.some((admin) => admin.id === assignee)) {
			throw new HttpError(404, 'assignee_not_found', 'Assignee not found', 'assignee_id');
		}
		if (isTeam) ticket.team_assignee_id = assignee;
		else ticket.admin_assignee_id = assignee === '0' ? null : assignee;
	}
	ticket.updated_at = now();
	return { body: ticket };
};

export const routes: Route[] = [
	route(
		'GET',
		'/ticket_types',
		list('data', ({ store }) => store.ticketTypes),
	),
	route('GET', '/ticket_types/:id', ({ store, params }) => ({ body: typeOf(store, params.id) })),
	route('GET', '/ticket_states', () => ({ body: { type: 'list', data: STATES } })),
	route('POST', '/tickets', createTicket),
	route('POST', '/tickets/:id/reply', ({ store, params, body }) => {
		ticketOf(store, params.id);
		if (body.type === 'admin' && !store.admins.some((admin) => admin.id === String(body.admin_id))) {
			throw new HttpError(404, 'admin_not_found', 'Admin not found', 'admin_id');
		}
		return {
			body: {
				type: 'ticket_part',
				id: nextNumericId(),
				part_type: body.message_type,
				body: body.body,
				created_at: now(),
				author: { type: body.type === 'admin' ? 'admin' : 'user' },
			},
		};
	}),
	route('GET', '/tickets/:id', ({ store, params }) => ({ body: ticketOf(store, params.id) })),
	route('PUT', '/tickets/:id', updateTicket),
	route('DELETE', '/tickets/:id', ({ store, params }) => {
		const ticket = ticketOf(store, params.id);
		store.tickets.delete(ticket.id);
		return { body: { id: ticket.id, object: 'ticket', deleted: true } };
	}),
	route(
		'POST',
		'/tickets/search',
		// Ticket search's `title` and `description` are the default attributes.
		searchThreads(
			(store) => store.tickets,
			'tickets',
			(ticket) => {
				const attributes = (ticket.ticket_attributes ?? {}) as Json;
				return {
					...ticket,
					title: attributes._default_title_,
					description: attributes._default_description_,
				};
			},
		),
	),
];
