import { badRequest, HttpError, notFound } from './errors';
import { cursorPage, numberedPage } from './paging';
import type { SearchQuery } from './search';
import { matches } from './search';
import type { Handler, Route, RouteContext } from './server';
import type { FakeCompany, FakeContact, FakeThread, Store } from './store';
import { hexId, nextNumericId, now } from './store';

type Json = Record<string, unknown>;

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

const COMPANY_WRITABLE = [
	'name',
	'plan',
	'size',
	'website',
	'industry',
	'monthly_spend',
	'remote_created_at',
] as const;

function contactOf(store: Store, id: string): FakeContact {
	const contact = store.contacts.get(id);
	if (!contact) throw notFound('User');
	return contact;
}

function companyOf(store: Store, id: string): FakeCompany {
	const company = store.companies.get(id);
	if (!company) throw new HttpError(404, 'company_not_found', 'Company Not Found');
	return company;
}

function checkCustomAttributes(store: Store, model: 'contact' | 'company', attributes: unknown): Json {
	if (attributes === undefined) return {};
	if (typeof attributes !== 'object' || attributes === null)
		throw badRequest('custom_attributes must be an object', 'custom_attributes');
	for (const [name, value] of Object.entries(attributes)) {
		const known = store.dataAttributes.some(
			(attribute) => attribute.model === model && attribute.custom && attribute.name === name,
		);
		if (!known)
			throw new HttpError(
				400,
				'parameter_not_found',
				`Custom attribute '${name}' does not exist`,
				'custom_attributes',
			);
		if (typeof value === 'string' && value.length > 255) {
			throw badRequest(`Custom attribute '${name}' is too long`, 'custom_attributes');
		}
	}
	return attributes as Json;
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

/**
 * Conversation and ticket search: no `sort` (only contact search has one), and `>`/`<` on dates are documented as
 * "greater (or equal)" / "lower (or equal)".
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/searchconversations
 */
function searchThreads(records: (store: Store) => Map<string, FakeThread>, key: string): Handler {
	return ({ store, body }) => {
		if (!body.query) throw new HttpError(400, 'parameter_not_found', 'query is required', 'query');
		if (body.sort !== undefined) throw badRequest('sort is not a valid parameter', 'sort');
		const pagination = (body.pagination ?? {}) as Json;
		const inclusive = (query: SearchQuery): SearchQuery =>
			query.operator === '>' || query.operator === '<'
				? { ...query, value: Number(query.value) + (query.operator === '>' ? -1 : 1) }
				: query;
		const query = body.query as SearchQuery & { value?: unknown };
		const relaxed = Array.isArray(query.value)
			? { ...query, value: (query.value as SearchQuery[]).map(inclusive) }
			: inclusive(query);
		const found = [...records(store).values()].filter((record) => matches(record, relaxed));
		return { body: cursorPage(found, pagination.per_page, pagination.starting_after, 20, key) };
	};
}

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

const upsertCompany: Handler = ({ store, body }) => {
	if (!body.company_id)
		throw new HttpError(400, 'parameter_not_found', 'company_id is required', 'company_id');
	if (body.monthly_spend !== undefined && Number(body.monthly_spend) > 2_147_483_647) {
		throw badRequest('monthly_spend is too large', 'monthly_spend');
	}
	if (body.size !== undefined && (!Number.isInteger(body.size) || Number(body.size) < 0)) {
		throw new HttpError(422, 'data_invalid', 'size must be a positive integer', 'size');
	}
	const customAttributes = checkCustomAttributes(store, 'company', body.custom_attributes);
	const company =
		[...store.companies.values()].find((candidate) => candidate.company_id === body.company_id) ??
		store.addCompany({ company_id: String(body.company_id) });
	for (const key of COMPANY_WRITABLE) {
		if (body[key] !== undefined)
			(company as Json)[key] = key === 'plan' ? { type: 'plan', id: '1', name: body[key] } : body[key];
	}
	Object.assign(company.custom_attributes, customAttributes);
	company.updated_at = now();
	return { body: company };
};

const retrieveCompanies: Handler = ({ store, query }) => {
	const all = [...store.companies.values()];
	if (query.company_id || query.name) {
		const company = all.find((candidate) =>
			query.company_id ? candidate.company_id === query.company_id : candidate.name === query.name,
		);
		if (!company) throw new HttpError(404, 'company_not_found', 'Company Not Found');
		return { body: company };
	}
	const filtered = all.filter(
		(company) =>
			(!query.tag_id || company.tags.tags.some((tag) => tag.id === query.tag_id)) &&
			(!query.segment_id || query.segment_id === 'segment-with-all'),
	);
	return { body: numberedPage(filtered, query.page, query.per_page, 15) };
};

/** `POST /companies/list` reaches the first 10,000 companies only. */
const listCompanies: Handler = ({ store, query }) => {
	const reachable = [...store.companies.values()].slice(0, 10_000);
	return { body: numberedPage(reachable, query.page, query.per_page, 15) };
};

const SCROLL_PAGE = 50;
const SCROLL_TTL_MS = 60_000;
const scrolls = new WeakMap<Store, { param: string; offset: number; touchedAt: number }>();

const scrollCompanies: Handler = ({ store, query }) => {
	let scroll = scrolls.get(store);
	if (scroll && Date.now() - scroll.touchedAt > SCROLL_TTL_MS) scroll = undefined;
	if (!query.scroll_param) {
		if (scroll)
			throw badRequest('A scroll is already open for this app; finish it or wait a minute', 'scroll_param');
		scroll = { param: hexId(), offset: 0, touchedAt: Date.now() };
	} else if (!scroll || scroll.param !== query.scroll_param) {
		throw new HttpError(404, 'scroll_param_not_found', 'scroll_param not found');
	}
	const data = [...store.companies.values()].slice(scroll.offset, scroll.offset + SCROLL_PAGE);
	scroll.offset += data.length;
	scroll.touchedAt = Date.now();
	if (data.length === 0) scrolls.delete(store);
	else scrolls.set(store, scroll);
	return { body: { type: 'list', data, total_count: store.companies.size, scroll_param: scroll.param } };
};

const companyContacts: Handler = ({ store, params, query }) => {
	const company = companyOf(store, params.id);
	const contacts = [...store.contacts.values()].filter((contact) =>
		(store.contactCompanies.get(contact.id) ?? []).includes(company.id),
	);
	return { body: numberedPage(contacts, query.page, query.per_page, 15) };
};

/** `POST /tags` creates a tag, or tags/untags companies by `id` or `company_id`. */
const tagCompanies: Handler = ({ store, body }) => {
	if (!body.name) throw new HttpError(400, 'parameter_not_found', 'name is required', 'name');
	const tag = store.tagByName(String(body.name));
	for (const entry of (body.companies ?? []) as Json[]) {
		const company = entry.id
			? store.companies.get(String(entry.id))
			: [...store.companies.values()].find((candidate) => candidate.company_id === entry.company_id);
		if (!company) throw new HttpError(404, 'company_not_found', 'Company Not Found');
		company.tags.tags = company.tags.tags.filter((existing) => existing.id !== tag.id);
		if (!entry.untag) company.tags.tags.push({ type: 'tag', id: tag.id, name: tag.name });
	}
	return { body: tag };
};

const list =
	(key: string, items: (context: RouteContext) => unknown[]): Handler =>
	(context) => ({
		body: { type: key === 'data' ? 'list' : `${key.replace(/s$/, '')}.list`, [key]: items(context) },
	});

const route = (method: string, path: string, handler: Handler): Route => ({
	method,
	pattern: new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
	handler,
});

export const routes: Route[] = [
	route('GET', '/me', ({ store }) => ({
		body: {
			...store.admins[0],
			app: { type: 'app', id_code: 'ecahpwf5', name: 'Fake workspace', region: 'US' },
		},
	})),
	route(
		'GET',
		'/admins',
		list('admins', ({ store }) => store.admins),
	),
	route(
		'GET',
		'/tags',
		list('data', ({ store }) => [...store.tags.values()]),
	),
	route('POST', '/tags', tagCompanies),
	route(
		'GET',
		'/segments',
		list('segments', ({ store }) => store.segments),
	),
	route(
		'GET',
		'/subscription_types',
		list('data', ({ store }) => store.subscriptionTypes),
	),
	route(
		'GET',
		'/data_attributes',
		list('data', ({ store, query }) =>
			store.dataAttributes.filter((attribute) => !query.model || attribute.model === query.model),
		),
	),

	route('POST', '/contacts', createContact),
	route('GET', '/contacts', ({ store, query }) => ({
		body: cursorPage([...store.contacts.values()], query.per_page, query.starting_after, 10),
	})),
	route('POST', '/contacts/search', searchContacts),
	route('POST', '/contacts/merge', mergeContacts),
	route('GET', '/contacts/find_by_external_id/:externalId', findByExternalId),
	route('GET', '/contacts/:id', ({ store, params }) => ({ body: contactOf(store, params.id) })),
	route('PUT', '/contacts/:id', updateContact),
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
	route('GET', '/contacts/:id/segments', ({ store, params }) => ({
		body: {
			type: 'list',
			data: contactOf(store, params.id).role === 'user' ? [store.segments[0]] : [store.segments[1]],
		},
	})),
	route('GET', '/contacts/:id/subscriptions', listSubscriptions),
	route('POST', '/contacts/:id/subscriptions', setSubscription),

	route(
		'POST',
		'/conversations/search',
		searchThreads((store) => store.conversations, 'conversations'),
	),
	route(
		'POST',
		'/tickets/search',
		searchThreads((store) => store.tickets, 'tickets'),
	),
	route('POST', '/companies', upsertCompany),
	route('GET', '/companies', retrieveCompanies),
	route('POST', '/companies/list', listCompanies),
	route('GET', '/companies/scroll', scrollCompanies),
	route('GET', '/companies/:id', ({ store, params }) => ({ body: companyOf(store, params.id) })),
	route('DELETE', '/companies/:id', ({ store, params }) => {
		const company = companyOf(store, params.id);
		store.companies.delete(company.id);
		return { body: { id: company.id, object: 'company', deleted: true } };
	}),
	route('GET', '/companies/:id/contacts', companyContacts),
	route('GET', '/companies/:id/segments', ({ store, params }) => {
		companyOf(store, params.id);
		return { body: { type: 'list', data: [store.segments[0]] } };
	}),
];
