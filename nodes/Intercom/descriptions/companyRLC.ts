import type { INodeProperties } from 'n8n-workflow';

/** A company picked from a list, or given by Intercom id, by your company_id or by name. */
export function companyRLC(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Company',
		name: 'company',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The company, found by its Intercom ID, your company_id, or its name',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a company…',
				typeOptions: { searchListMethod: 'searchCompanies', searchable: true },
			},
			{
				displayName: 'By Company ID',
				name: 'companyId',
				type: 'string',
				placeholder: 'e.g. acme-001',
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: 'e.g. Acme Inc.',
			},
			{
				displayName: 'By Intercom ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 6762f0b21bb69f9f2193bb6e',
			},
		],
		...overrides,
	};
}
