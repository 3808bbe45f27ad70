import type { Intercom } from 'intercom-client';
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { intercomApiRequest, MAX_NUMBERED_PAGE } from '../transport';

const PAGE = 50;

function contactLabel(contact: Intercom.Contact): string {
	const name = contact.name ?? contact.email ?? contact.external_id ?? contact.id;
	return contact.email && contact.name ? `${name} <${contact.email}>` : name;
}

/** Contacts whose name or email contains the filter, paged with Intercom's search cursor. */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const query: IDataObject = text
		? {
				operator: 'OR',
				value: [
					{ field: 'name', operator: '~', value: text },
					{ field: 'email', operator: '~', value: text },
					{ field: 'external_id', operator: '=', value: text },
				],
			}
		: { field: 'role', operator: 'IN', value: ['user', 'lead'] };
	const response = await intercomApiRequest<Intercom.ContactList>(this, {
		method: 'POST',
		path: '/contacts/search',
		body: {
			query,
			pagination: { per_page: PAGE, ...(paginationToken ? { starting_after: paginationToken } : {}) },
		},
		retryable: true,
	});
	return {
		results: (response.data ?? []).map((contact) => ({ name: contactLabel(contact), value: contact.id })),
		paginationToken: response.pages?.next?.starting_after ?? undefined,
	};
}

/** Companies, newest activity first; Intercom has no company search, so the filter applies to each page. */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const response = await intercomApiRequest<Intercom.CompanyList>(this, {
		method: 'POST',
		path: '/companies/list',
		qs: { page, per_page: MAX_NUMBERED_PAGE, order: 'desc' },
		retryable: true,
	});
	const text = filter?.trim().toLowerCase();
	const companies = (response.data ?? []).filter(
		(company) => !text || `${company.name} ${company.company_id}`.toLowerCase().includes(text),
	);
	const totalPages = response.pages?.total_pages ?? page;
	return {
		results: companies.map((company) => ({
			name: `${company.name} (${company.company_id})`,
			value: company.id,
		})),
		paginationToken: page < totalPages ? String(page + 1) : undefined,
	};
}
