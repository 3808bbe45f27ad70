import { randomBytes } from 'node:crypto';

type Json = Record<string, unknown>;

export interface FakeContact extends Json {
	type: 'contact';
	id: string;
	role: string;
	external_id?: string | null;
	email?: string | null;
	archived?: boolean;
	created_at: number;
	updated_at: number;
	custom_attributes: Json;
	tags: { type: 'list'; data: Array<{ type: 'tag'; id: string }> };
}

export interface FakeCompany extends Json {
	type: 'company';
	id: string;
	company_id: string;
	name?: string;
	created_at: number;
	updated_at: number;
	custom_attributes: Json;
	tags: { type: 'tag.list'; tags: Array<{ type: 'tag'; id: string; name: string }> };
}

/** A conversation or a ticket: both are found only through search. */
export interface FakeThread extends Json {
	type: 'conversation' | 'ticket';
	id: string;
	created_at: number;
	updated_at: number;
}

export interface FakeTag extends Json {
	type: 'tag';
	id: string;
	name: string;
}

export const hexId = () => randomBytes(12).toString('hex');
export const now = () => Math.floor(Date.now() / 1000);

let numericId = 1000;
export const nextNumericId = () => String(++numericId);

/** The fake workspace's records. Insertion order is the order lists return them in. */
export class Store {
	contacts = new Map<string, FakeContact>();

	companies = new Map<string, FakeCompany>();

	tags = new Map<string, FakeTag>();

	conversations = new Map<string, FakeThread>();

	tickets = new Map<string, FakeThread>();

	/** contact id → company ids */
	contactCompanies = new Map<string, string[]>();

	notes = new Map<string, Json[]>();

	/** contact id → subscription type id → consent */
	subscriptions = new Map<string, Map<string, string>>();

	admins: Json[] = [
		{ type: 'admin', id: '991267460', name: 'Ciaran Lee', email: 'ciaran@example.com' },
		{ type: 'admin', id: '991267461', name: 'Dana Scully', email: 'dana@example.com' },
	];

	segments: Json[] = [
		{ type: 'segment', id: '5d2640faa76403d9f2a3b0a1', name: 'Active users', person_type: 'user' },
		{ type: 'segment', id: '5d2640faa76403d9f2a3b0a2', name: 'New leads', person_type: 'contact' },
	];

	subscriptionTypes: Json[] = [
		{
			type: 'subscription',
			id: '37846',
			state: 'live',
			consent_type: 'opt_out',
			default_translation: { name: 'Newsletters', description: 'Monthly news', locale: 'en' },
		},
	];

	dataAttributes: Json[] = [
		{
			type: 'data_attribute',
			model: 'contact',
			name: 'plan',
			full_name: 'custom_attributes.plan',
			label: 'Plan',
			data_type: 'string',
			custom: true,
			api_writable: true,
			archived: false,
		},
		{
			type: 'data_attribute',
			model: 'contact',
			name: 'paid_at',
			full_name: 'custom_attributes.paid_at',
			label: 'Paid at',
			data_type: 'date',
			custom: true,
			api_writable: true,
			archived: false,
		},
		{
			type: 'data_attribute',
			model: 'contact',
			name: 'email',
			full_name: 'email',
			label: 'Email',
			data_type: 'string',
			custom: false,
			api_writable: true,
			archived: false,
		},
		{
			type: 'data_attribute',
			model: 'company',
			name: 'tier',
			full_name: 'custom_attributes.tier',
			label: 'Tier',
			data_type: 'string',
			custom: true,
			api_writable: true,
			archived: false,
		},
	];

	addContact(fields: Partial<FakeContact>): FakeContact {
		const timestamp = now();
		const contact: FakeContact = {
			type: 'contact',
			id: hexId(),
			workspace_id: 'ecahpwf5',
			role: 'user',
			created_at: timestamp,
			updated_at: timestamp,
			custom_attributes: {},
			tags: { type: 'list', data: [] },
			...fields,
		};
		this.contacts.set(contact.id, contact);
		return contact;
	}

	/** Adds `count` users with external ids `prefix-0…` and emails `prefix-0@example.com…`. */
	seedContacts(count: number, prefix = 'seed'): FakeContact[] {
		return Array.from({ length: count }, (_, index) =>
			this.addContact({
				external_id: `${prefix}-${index}`,
				email: `${prefix}-${index}@example.com`,
				name: `Seed ${index}`,
			}),
		);
	}

	addCompany(fields: Partial<FakeCompany> & { company_id: string }): FakeCompany {
		const timestamp = now();
		const company: FakeCompany = {
			type: 'company',
			id: hexId(),
			app_id: 'ecahpwf5',
			created_at: timestamp,
			updated_at: timestamp,
			monthly_spend: 0,
			session_count: 0,
			user_count: 0,
			custom_attributes: {},
			tags: { type: 'tag.list', tags: [] },
			...fields,
		};
		this.companies.set(company.id, company);
		return company;
	}

	seedCompanies(count: number, prefix = 'co'): FakeCompany[] {
		return Array.from({ length: count }, (_, index) =>
			this.addCompany({ company_id: `${prefix}-${index}`, name: `Company ${index}` }),
		);
	}

	addConversation(fields: Partial<FakeThread> = {}): FakeThread {
		const timestamp = now();
		const conversation: FakeThread = {
			type: 'conversation',
			id: nextNumericId(),
			title: null,
			created_at: timestamp,
			updated_at: timestamp,
			open: true,
			state: 'open',
			...fields,
		};
		this.conversations.set(conversation.id, conversation);
		return conversation;
	}

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

	tagByName(name: string): FakeTag {
		const existing = [...this.tags.values()].find((tag) => tag.name.toLowerCase() === name.toLowerCase());
		if (existing) return existing;
		const tag: FakeTag = { type: 'tag', id: nextNumericId(), name };
		this.tags.set(tag.id, tag);
		return tag;
	}
}
