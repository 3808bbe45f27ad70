import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { intercomApiRequest } from '../transport';
import { readLocator } from '../parameters/read';

const LOCATOR_HINT = 'choose a company or give its ID, company_id or name';

type CompanyLookup = Intercom.Company | Intercom.CompanyList;

/**
 * `GET /companies?company_id=` and `?name=` answer with the company itself, although the spec documents a list;
 * both shapes are read.
 */
function single(response: CompanyLookup): Intercom.Company | undefined {
	if ((response as Intercom.CompanyList).type === 'list') return (response as Intercom.CompanyList).data?.[0];
	return response as Intercom.Company;
}

/** The whole company the locator parameter points at. */
export async function findCompany(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter = 'company',
): Promise<Intercom.Company> {
	const { mode, value } = readLocator(context, itemIndex, parameter, LOCATOR_HINT);
	if (mode === 'companyId' || mode === 'name') {
		const key = mode === 'companyId' ? 'company_id' : 'name';
		const company = single(
			await intercomApiRequest<CompanyLookup>(context, {
				method: 'GET',
				path: '/companies',
				qs: { [key]: value },
				itemIndex,
			}),
		);
		if (!company) {
			throw new NodeOperationError(context.getNode(), `No Intercom company has ${key} "${value}"`, {
				itemIndex,
			});
		}
		return company;
	}
	return await intercomApiRequest<Intercom.Company>(context, {
		method: 'GET',
		path: `/companies/${encodeURIComponent(value)}`,
		itemIndex,
	});
}

/** The Intercom id the locator parameter points at, without a call when it is one already. */
export async function resolveCompanyId(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter = 'company',
): Promise<string> {
	const { mode, value } = readLocator(context, itemIndex, parameter, LOCATOR_HINT);
	if (mode === 'companyId' || mode === 'name') return (await findCompany(context, itemIndex, parameter)).id;
	return value;
}
