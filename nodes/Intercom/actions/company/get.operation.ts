import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { simplifyField } from '../../descriptions/simplify';
import { findCompany } from '../../lookups/company';
import { simplifyCompany } from './simplify';
import type { OperationOption } from '../operation';
import { readBoolean } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a company',
	description: 'Get a company by Intercom ID, company ID or name',
};

export const description: INodeProperties[] = [companyRLC(), simplifyField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const company = await findCompany(this, itemIndex);
	return simplify ? simplifyCompany(company) : company;
}
