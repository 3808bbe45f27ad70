import type { Intercom } from 'intercom-client';

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

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
	const picked = {} as Pick<T, K>;
	for (const key of keys) {
		if (source[key] !== undefined) picked[key] = source[key];
	}
	return picked;
}

export function simplifyCompany(company: Intercom.Company) {
	return {
		...pick(company, COMPANY_FIELDS),
		plan: company.plan?.name,
		tags: (company.tags?.tags ?? []).map((tag) => (tag as { name?: string }).name),
	};
}
