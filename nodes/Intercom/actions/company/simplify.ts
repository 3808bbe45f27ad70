import type { Intercom } from 'intercom-client';

import { pick } from '../pick';

const COMPANY_FIELDS = [
	'id',
	'company_id',
	'name',
	'size',
	'website',
	'industry',
	'monthly_spend',
	'user_count',
	'created_at',
	'updated_at',
	'custom_attributes',
] as const;

export function simplifyCompany(company: Intercom.Company) {
	return {
		...pick(company, COMPANY_FIELDS),
		plan: company.plan?.name,
		tags: (company.tags?.tags ?? []).map((tag) => (tag as { name?: string }).name),
	};
}
