import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { customAttributesField } from '../../descriptions/customAttributes';
import { resolveCompanyId } from '../../lookups/company';
import { readCustomAttributes } from '../../parameters/customAttributes';
import { readCollection } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { snakeCased } from '../body';
import type { OperationOption } from '../operation';
import { companyFields, MAX_MONTHLY_SPEND } from './fields';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a company',
	description: 'Change a company found by its Intercom ID, your company ID or its name',
};

export const description: INodeProperties[] = [
	companyRLC(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...companyFields.filter((field) => field.name !== 'remoteCreatedAt'),
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		],
	},
	customAttributesField('company'),
];

/**
 * The same update twice leaves the same company, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/companies/updatecompany
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Company> {
	const { size, monthlySpend, ...text } = readCollection<{
		industry: string;
		monthlySpend: number;
		name: string;
		plan: string;
		size: number;
		website: string;
	}>(this, itemIndex, 'updateFields');
	if (monthlySpend !== undefined && monthlySpend > MAX_MONTHLY_SPEND) {
		throw new NodeOperationError(
			this.getNode(),
			`"Monthly Spend" is ${monthlySpend}; Intercom allows at most ${MAX_MONTHLY_SPEND}`,
			{ itemIndex },
		);
	}
	const customAttributes = readCustomAttributes(this, itemIndex, { clearable: false });
	const body: IDataObject = {
		...snakeCased(text),
		...(size !== undefined ? { size: Math.floor(size) } : {}),
		...(monthlySpend !== undefined ? { monthly_spend: Math.floor(monthlySpend) } : {}),
		...(customAttributes ? { custom_attributes: customAttributes } : {}),
	};
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'"Update Fields" and "Custom Attributes" are empty: nothing to update',
			{
				itemIndex,
			},
		);
	}
	const companyId = await resolveCompanyId(this, itemIndex);
	return await intercomApiRequest<Intercom.Company>(this, {
		method: 'PUT',
		path: `/companies/${encodeURIComponent(companyId)}`,
		body,
		itemIndex,
	});
}
