import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { resolveCompanyId } from './lookup';
import { readLimit } from '../../parameters/limit';
import { collectItems, numberedPages } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Contacts',
	action: 'Get the contacts of a company',
	description: 'List the contacts that belong to a company',
};

export const description: INodeProperties[] = [companyRLC(), ...returnAllOrLimit];

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
