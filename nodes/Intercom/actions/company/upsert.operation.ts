import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { customAttributesField } from '../../descriptions/customAttributes';
import { readCustomAttributes } from '../../parameters/customAttributes';
import { toUnixSeconds } from '../../parameters/dates';
import { readCollection, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { companyFields, MAX_MONTHLY_SPEND } from './fields';

/** Intercom stores monthly spend as a 32-bit integer. */

export const option: OperationOption = {
	name: 'Create or Update',
	action: 'Create or update a company',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Company ID',
		name: 'companyId',
		type: 'string',
		default: '',
		required: true,
		description:
			'Your own unique ID for the company; it finds the company to update and cannot be changed later',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...companyFields],
	},
	customAttributesField('company'),
];

interface CompanyFieldValues {
	industry?: string;
	monthlySpend?: number;
	plan?: string;
	remoteCreatedAt?: unknown;
	size?: number;
	website?: string;
}

/**
 * `POST /companies` creates the company or updates the one with the same `company_id`.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/companies/createorupdatecompany
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Company> {
	const node = this.getNode();
	const fields = readCollection<CompanyFieldValues>(this, itemIndex, 'additionalFields');
	const body: Intercom.CreateOrUpdateCompanyRequest = {
		company_id: readText(this, itemIndex, 'companyId', { required: true }),
	};
	const name = readText(this, itemIndex, 'name');
	if (name) body.name = name;
	if (fields.industry) body.industry = fields.industry;
	if (fields.plan) body.plan = fields.plan;
	if (fields.website) body.website = fields.website;
	if (fields.size !== undefined) body.size = Math.floor(fields.size);
	if (fields.monthlySpend !== undefined) {
		if (fields.monthlySpend > MAX_MONTHLY_SPEND) {
			throw new NodeOperationError(
				node,
				`"Monthly Spend" is ${fields.monthlySpend}; Intercom allows at most ${MAX_MONTHLY_SPEND}`,
				{
					itemIndex,
				},
			);
		}
		body.monthly_spend = Math.floor(fields.monthlySpend);
	}
	if (fields.remoteCreatedAt) {
		body.remote_created_at = toUnixSeconds(fields.remoteCreatedAt, 'Remote Created At', node, itemIndex);
	}
	const customAttributes = readCustomAttributes(this, itemIndex, { clearable: false });
	if (customAttributes) body.custom_attributes = customAttributes;

	return await intercomApiRequest<Intercom.Company>(this, {
		method: 'POST',
		path: '/companies',
		body: body as IDataObject,
		itemIndex,
		// Keyed on company_id, a repeat updates the same company instead of adding one.
		retryable: true,
	});
}
