import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { resolveCompanyId } from '../../helpers/companies';
import { readLimit } from '../../helpers/limit';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { collectItems, numberedPages } from '../../transport';

const properties: INodeProperties[] = [companyRLC(), ...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['getContacts'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Contact[]> {
	const limit = readLimit(this, itemIndex);
	const companyId = await resolveCompanyId(this, itemIndex);
	const pages = numberedPages<Intercom.Contact>(this, {
		path: `/companies/${encodeURIComponent(companyId)}/contacts`,
		itemsKey: 'data',
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
