import { badRequest, HttpError } from '../errors';
import { numberedPage } from '../paging';
import type { FakeCompany, Json } from '../records';
import { hexId, now } from '../records';
import type { Handler, Route } from '../server';
import type { Store } from '../store';
import { route } from './routing';
import { checkCustomAttributes } from './workspace';

export class CompanyRecords {
	companies = new Map<string, FakeCompany>();

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
}

const COMPANY_WRITABLE = [
	'name',
	'plan',
	'size',
	'website',
	'industry',
	'monthly_spend',
	'remote_created_at',
] as const;

export function companyOf(store: Store, id: string): FakeCompany {
	const company = store.companies.get(id);
	if (!company) throw new HttpError(404, 'company_not_found', 'Company Not Found');
	return company;
}

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

export const routes: Route[] = [
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
