import type { INodeProperties } from 'n8n-workflow';

/** Intercom keeps monthly spend in a 32-bit integer. */
export const MAX_MONTHLY_SPEND = 2_147_483_647;

/** A company's own fields, for Create or Update and Update. */
export const companyFields: INodeProperties[] = [
	{ displayName: 'Industry', name: 'industry', type: 'string', default: '' },
	{
		displayName: 'Monthly Spend',
		name: 'monthlySpend',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Revenue from the company per month; Intercom keeps whole numbers only',
	},
	{ displayName: 'Plan', name: 'plan', type: 'string', default: '' },
	{
		displayName: 'Remote Created At',
		name: 'remoteCreatedAt',
		type: 'dateTime',
		default: '',
		description: 'When the company was created in your system',
	},
	{
		displayName: 'Size',
		name: 'size',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Number of employees',
	},
	{
		displayName: 'Website',
		name: 'website',
		type: 'string',
		default: '',
		placeholder: 'https://example.com',
	},
];
