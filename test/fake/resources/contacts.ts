import { badRequest, HttpError, notFound } from '../errors';
import { specVersionFor } from '../openapi';
import { cursorPage, numberedPage } from '../paging';
import type { FakeContact, Json } from '../records';
import { hexId, nextNumericId, now } from '../records';
import type { SearchQuery } from '../search';
import { matches } from '../search';
import type { Handler, Route } from '../server';
import type { Store } from '../store';
import { companyOf } from './companies';
import { route } from './routing';
import { checkCustomAttributes } from './workspace';

export class ContactRecords {
	contacts = new Map<string, FakeContact>();

	/** contact id → company ids */
	contactCompanies = new Map<string, string[]>();

	notes = new Map<string, Json[]>();

	/** contact id → subscription type id → consent */
	subscriptions = new Map<string, Map<string, string>>();

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
}

/**
 * A contact as the requested API version shows it: `owner_id` is an integer up to 2.15 and a string from 2.16.
 * https://developers.intercom.com/docs/references/2.16/changelog
 */
function shown(contact: FakeContact, apiVersion: string): FakeContact {
	if (contact.owner_id === undefined || contact.owner_id === null) return contact;
	const owner = specVersionFor(apiVersion) === '2.16' ? String(contact.owner_id) : Number(contact.owner_id);
	return { ...contact, owner_id: owner };
}

function shownList(list: object, apiVersion: string) {
	const { data } = list as { data: FakeContact[] };
	return { ...list, data: data.map((contact) => shown(contact, apiVersion)) };
}

const CONTACT_WRITABLE = [
	'role',
	'external_id',
	'email',
	'phone',
	'name',
	'avatar',
	'signed_up_at',
	'last_seen_at',
	'owner_id',
	'unsubscribed_from_emails',
] as const;

function contactOf(store: Store, id: string): FakeContact {
	const contact = store.contacts.get(id);
	if (!contact) throw notFound('User');
	return contact;
}

/** Intercom's duplicate check on create and update: external_id, or email among users. */
function duplicateOf(store: Store, fields: Json, exceptId?: string): FakeContact | undefined {
	return [...store.contacts.values()].find(
		(contact) =>
			contact.id !== exceptId &&
			((fields.external_id && contact.external_id === fields.external_id) ||
				(fields.email &&
					contact.role === 'user' &&
					(fields.role ?? 'user') === 'user' &&
					String(contact.email).toLowerCase() === String(fields.email).toLowerCase())),
	);
}

function conflict(existing: FakeContact): HttpError {
	return new HttpError(
		409,
		'conflict',
		existing.archived
			? `An archived contact matching those details already exists with id=${existing.id}`
			: `A contact matching those details already exists with id=${existing.id}`,
	);
}

function applyContactFields(store: Store, contact: FakeContact, body: Json): void {
	for (const key of CONTACT_WRITABLE) {
		if (body[key] !== undefined) (contact as Json)[key] = body[key];
	}
	if (body.custom_attributes !== undefined) {
		Object.assign(contact.custom_attributes, checkCustomAttributes(store, 'contact', body.custom_attributes));
	}
	contact.updated_at = now();
}

const createContact: Handler = ({ store, body }) => {
	if (!body.email && !body.external_id && !body.role) {
		throw new HttpError(400, 'parameter_not_found', 'You must provide one of: email, external_id, role');
	}
	if (body.role !== undefined && body.role !== 'user' && body.role !== 'lead')
		throw badRequest('role must be user or lead', 'role');
	const existing = duplicateOf(store, body);
	if (existing) throw conflict(existing);
	checkCustomAttributes(store, 'contact', body.custom_attributes);
	const contact = store.addContact({ role: String(body.role ?? 'user') });
	applyContactFields(store, contact, body);
	return { body: contact };
};

const updateContact: Handler = ({ store, params, body }) => {
	const contact = contactOf(store, params.id);
	if (body.role === 'lead' && contact.role === 'user')
		throw badRequest('A user cannot be converted into a lead', 'role');
	const existing = duplicateOf(store, { ...body, role: body.role ?? contact.role }, contact.id);
	if (existing) throw conflict(existing);
	applyContactFields(store, contact, body);
	return { body: contact };
};

const searchContacts: Handler = ({ store, body }) => {
	if (!body.query) throw new HttpError(400, 'parameter_not_found', 'query is required', 'query');
	const pagination = (body.pagination ?? {}) as Json;
	const sort = body.sort as { field?: string; order?: string } | undefined;
	const found = [...store.contacts.values()].filter((contact) => matches(contact, body.query as SearchQuery));
	if (sort?.field) {
		if (sort.order && sort.order !== 'ascending' && sort.order !== 'descending') {
			throw new HttpError(400, 'invalid_sort_order', 'Sort order must be ascending or descending');
		}
		const field = sort.field;
		const direction = sort.order === 'ascending' ? 1 : -1;
		found.sort((a, b) => (String(a[field] ?? '') > String(b[field] ?? '') ? direction : -direction));
	}
	return { body: cursorPage(found, pagination.per_page, pagination.starting_after, 50) };
};

const findByExternalId: Handler = ({ store, params }) => {
	const contact = [...store.contacts.values()].find(
		(candidate) => candidate.external_id === params.externalId && candidate.role === 'user',
	);
	if (!contact) throw notFound('User');
	return { body: contact };
};

const mergeContacts: Handler = ({ store, body }) => {
	const from = contactOf(store, String(body.from));
	const into = contactOf(store, String(body.into));
	if (from.role !== 'lead' || into.role !== 'user')
		throw badRequest('Only a lead can be merged into a user', 'from');
	store.contacts.delete(from.id);
	into.custom_attributes = { ...from.custom_attributes, ...into.custom_attributes };
	return { body: into };
};

function setArchived(archived: boolean): Handler {
	return ({ store, params }) => {
		const contact = contactOf(store, params.id);
		contact.archived = archived;
		return { body: { type: 'contact', id: contact.id, external_id: contact.external_id ?? null, archived } };
	};
}

const tagContact: Handler = ({ store, params, body }) => {
	const contact = contactOf(store, params.id);
	const tag = store.tags.get(String(body.id));
	if (!tag) throw new HttpError(404, 'tag_not_found', 'Tag not found');
	if (!contact.tags.data.some((entry) => entry.id === tag.id))
		contact.tags.data.push({ type: 'tag', id: tag.id });
	return { body: tag };
};

const untagContact: Handler = ({ store, params }) => {
	const contact = contactOf(store, params.id);
	const tag = store.tags.get(params.tagId);
	if (!tag) throw new HttpError(404, 'tag_not_found', 'Tag not found');
	contact.tags.data = contact.tags.data.filter((entry) => entry.id !== tag.id);
	return { body: tag };
};

const addNote: Handler = ({ store, params, body }) => {
	const contact = contactOf(store, params.id);
	if (!body.body) throw new HttpError(400, 'parameter_not_found', 'body is required', 'body');
	const author = store.admins.find((admin) => admin.id === String(body.admin_id ?? store.admins[0].id));
	if (!author) throw new HttpError(404, 'admin_not_found', 'Admin not found');
	const note = {
		type: 'note',
		id: nextNumericId(),
		created_at: now(),
		contact: { type: 'contact', id: contact.id },
		author,
		body: `<p>${String(body.body)}</p>`,
	};
	store.notes.set(contact.id, [...(store.notes.get(contact.id) ?? []), note]);
	return { body: note };
};

const attachCompany: Handler = ({ store, params, body }) => {
	const contact = contactOf(store, params.id);
	const company = companyOf(store, String(body.id));
	const attached = store.contactCompanies.get(contact.id) ?? [];
	if (!attached.includes(company.id)) {
		store.contactCompanies.set(contact.id, [...attached, company.id]);
		company.user_count = Number(company.user_count ?? 0) + 1;
	}
	return { body: company };
};

const detachCompany: Handler = ({ store, params }) => {
	const contact = contactOf(store, params.id);
	const company = companyOf(store, params.companyId);
	const attached = store.contactCompanies.get(contact.id) ?? [];
	if (!attached.includes(company.id)) throw new HttpError(404, 'company_not_found', 'Company Not Found');
	store.contactCompanies.set(
		contact.id,
		attached.filter((id) => id !== company.id),
	);
	return { body: company };
};

const setSubscription: Handler = ({ store, params, body }) => {
	const contact = contactOf(store, params.id);
	const type = store.subscriptionTypes.find((candidate) => candidate.id === String(body.id));
	if (!type) throw notFound('Subscription type');
	if (body.consent_type !== 'opt_in' && body.consent_type !== 'opt_out')
		throw badRequest('consent_type must be opt_in or opt_out', 'consent_type');
	const consents = store.subscriptions.get(contact.id) ?? new Map<string, string>();
	consents.set(String(type.id), String(body.consent_type));
	store.subscriptions.set(contact.id, consents);
	return { body: { ...type, consent_type: body.consent_type } };
};

const listSubscriptions: Handler = ({ store, params }) => {
	const contact = contactOf(store, params.id);
	const consents = store.subscriptions.get(contact.id) ?? new Map<string, string>();
	const data = store.subscriptionTypes
		.filter((type) => consents.has(String(type.id)))
		.map((type) => ({ ...type, consent_type: consents.get(String(type.id)) }));
	return { body: { type: 'list', data } };
};

export const routes: Route[] = [
	route('POST', '/contacts', (context) => {
		const { body } = createContact(context);
		return { body: shown(body as FakeContact, context.apiVersion) };
	}),
	route('GET', '/contacts', ({ store, query, apiVersion }) => ({
		body: shownList(
			cursorPage([...store.contacts.values()], query.per_page, query.starting_after, 10),
			apiVersion,
		),
	})),
	route('POST', '/contacts/search', (context) => ({
		body: shownList(searchContacts(context).body as object, context.apiVersion),
	})),
	route('POST', '/contacts/merge', mergeContacts),
	route('GET', '/contacts/find_by_external_id/:externalId', findByExternalId),
	route('GET', '/contacts/:id', ({ store, params, apiVersion }) => ({
		body: shown(contactOf(store, params.id), apiVersion),
	})),
	route('PUT', '/contacts/:id', (context) => ({
		body: shown(updateContact(context).body as FakeContact, context.apiVersion),
	})),
	route('DELETE', '/contacts/:id', ({ store, params }) => {
		const contact = contactOf(store, params.id);
		store.contacts.delete(contact.id);
		return {
			body: { type: 'contact', id: contact.id, external_id: contact.external_id ?? null, deleted: true },
		};
	}),
	route('POST', '/contacts/:id/archive', setArchived(true)),
	route('POST', '/contacts/:id/unarchive', setArchived(false)),
	route('GET', '/contacts/:id/tags', ({ store, params }) => ({
		body: {
			type: 'list',
			data: contactOf(store, params.id).tags.data.map((entry) => store.tags.get(entry.id)),
		},
	})),
	route('POST', '/contacts/:id/tags', tagContact),
	route('DELETE', '/contacts/:id/tags/:tagId', untagContact),
	route('GET', '/contacts/:id/notes', ({ store, params, query }) => ({
		body: numberedPage(store.notes.get(contactOf(store, params.id).id) ?? [], query.page, query.per_page, 10),
	})),
	route('POST', '/contacts/:id/notes', addNote),
	route('GET', '/notes/:id', ({ store, params }) => {
		const note = [...store.notes.values()].flat().find((candidate) => candidate.id === params.id);
		if (!note) throw new HttpError(404, 'not_found', 'Resource Not Found');
		return { body: note };
	}),
	route('GET', '/contacts/:id/companies', ({ store, params, query }) => {
		const ids = store.contactCompanies.get(contactOf(store, params.id).id) ?? [];
		return {
			body: numberedPage(
				ids.map((id) => store.companies.get(id)),
				query.page,
				query.per_page,
				15,
				'companies',
			),
		};
	}),
	route('POST', '/contacts/:id/companies', attachCompany),
	route('DELETE', '/contacts/:id/companies/:companyId', detachCompany),
	route('GET', '/contacts/:id/merge_history', ({ store, params }) => ({
		body: {
			type: 'list',
			data: (contactOf(store, params.id).merged_from as Json[] | undefined) ?? [],
			next_cursor: null,
			has_more: false,
		},
	})),
	route('GET', '/contacts/:id/segments', ({ store, params }) => ({
		body: {
			type: 'list',
			data: contactOf(store, params.id).role === 'user' ? [store.segments[0]] : [store.segments[1]],
		},
	})),
	route('GET', '/contacts/:id/subscriptions', listSubscriptions),
	route('POST', '/contacts/:id/subscriptions', setSubscription),
];
