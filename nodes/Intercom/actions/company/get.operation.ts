import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { simplifyField } from '../../descriptions/simplify';
import { findCompany } from '../../helpers/companies';
import { simplifyCompany } from '../../helpers/simplify';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [companyRLC(), simplifyField];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const company = await findCompany(this, itemIndex);
	return this.getNodeParameter('simplify', itemIndex, false) ? simplifyCompany(company) : company;
}
