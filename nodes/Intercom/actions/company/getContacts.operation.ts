import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { resolveCompanyId } from '../../lookups/company';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Contacts',
	action: 'Get the contacts of a company',
	description: 'List the contacts that belong to a company',
};

export const description: INodeProperties[] = [companyRLC(), ...returnAllLimitOrPage];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const companyId = await resolveCompanyId(this, itemIndex);
	const source = numberedSource<Intercom.Contact>(this, {
		path: `/companies/${encodeURIComponent(companyId)}/contacts`,
		itemsKey: 'data',
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
