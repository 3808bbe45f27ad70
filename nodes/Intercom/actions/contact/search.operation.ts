import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { jsonParse, NodeOperationError } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import { readLimit } from '../../helpers/limit';
import type { GroupInput } from '../../helpers/searchQuery';
import { buildSearchQuery } from '../../helpers/searchQuery';
import { simplifyContact } from '../../helpers/simplify';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { collectItems, searchPages } from '../../transport';

// Option values are names, not Intercom's symbols: n8n reads a parameter value starting with "=" as an expression.
const operators = [
	{ name: 'Equals', value: 'equals' },
	{ name: 'Not Equals', value: 'notEquals' },
	{ name: 'In List', value: 'in', description: 'Value is a comma-separated list' },
	{ name: 'Not In List', value: 'notIn', description: 'Value is a comma-separated list' },
	{ name: 'Less Than (Before)', value: 'lessThan' },
	{ name: 'Greater Than (After)', value: 'greaterThan' },
	{ name: 'Contains', value: 'contains' },
	{ name: 'Does Not Contain', value: 'notContains' },
	{ name: 'Starts With', value: 'startsWith' },
	{ name: 'Ends With', value: 'endsWith' },
];

const properties: INodeProperties[] = [
	{
		displayName: 'Query Mode',
		name: 'queryMode',
		type: 'options',
		options: [
			{ name: 'Filter Builder', value: 'builder' },
			{ name: 'JSON Query', value: 'json', description: "Intercom's search query object, as documented" },
		],
		default: 'builder',
	},
	{
		displayName: 'Filter Groups',
		name: 'filterGroups',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Filter Group',
		default: {},
		displayOptions: { show: { queryMode: ['builder'] } },
		options: [
			{
				displayName: 'Group',
				name: 'group',
				values: [
					{
						displayName: 'Combine Conditions With',
						name: 'combine',
						type: 'options',
						options: [
							{ name: 'AND', value: 'AND' },
							{ name: 'OR', value: 'OR' },
						],
						default: 'AND',
					},
					{
						displayName: 'Conditions',
						name: 'conditions',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Condition',
						default: {},
						options: [
							{
								displayName: 'Condition',
								name: 'condition',
								values: [
									{
										displayName: 'Field Name or ID',
										name: 'field',
										type: 'options',
										typeOptions: { loadOptionsMethod: 'getContactSearchFields' },
										default: 'email',
										description:
											'Standard field or custom attribute. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
									},
									{
										displayName: 'Operator',
										name: 'operator',
										type: 'options',
										options: operators,
										default: 'equals',
									},
									{
										displayName: 'Value',
										name: 'value',
										type: 'string',
										default: '',
										description: 'Dates may be ISO dates or Unix seconds; lists are comma-separated',
									},
									{
										displayName: 'Value Type',
										name: 'valueType',
										type: 'options',
										options: [
											{
												name: 'Auto',
												value: 'auto',
												description: 'From the field; custom attributes are text',
											},
											{ name: 'Boolean', value: 'boolean' },
											{ name: 'Date', value: 'date', description: 'Sent as Unix seconds' },
											{ name: 'Number', value: 'number' },
											{ name: 'Text', value: 'string' },
										],
										default: 'auto',
									},
								],
							},
						],
					},
				],
			},
		],
	},
	{
		displayName: 'Combine Groups With',
		name: 'combineGroups',
		type: 'options',
		options: [
			{ name: 'AND', value: 'AND' },
			{ name: 'OR', value: 'OR' },
		],
		default: 'AND',
		displayOptions: { show: { queryMode: ['builder'] } },
	},
	{
		displayName: 'Query (JSON)',
		name: 'queryJson',
		type: 'json',
		default: '{\n  "field": "email",\n  "operator": "~",\n  "value": "@example.com"\n}',
		description: 'The "query" object of Intercom\'s Search Contacts request',
		displayOptions: { show: { queryMode: ['json'] } },
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort',
		default: {},
		options: [
			{
				displayName: 'Field Name or ID',
				name: 'field',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getContactSearchFields' },
				default: 'created_at',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Order',
				name: 'order',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'ascending' },
					{ name: 'Descending', value: 'descending' },
				],
				default: 'descending',
			},
		],
	},
	...returnAllOrLimit,
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['search'] } },
	properties,
);

function readQuery(context: IExecuteFunctions, itemIndex: number): Intercom.SearchRequest.Query {
	const node = context.getNode();
	if (context.getNodeParameter('queryMode', itemIndex) === 'json') {
		const raw = context.getNodeParameter('queryJson', itemIndex) as string | IDataObject;
		const query =
			typeof raw === 'string'
				? jsonParse<IDataObject>(raw, { errorMessage: '"Query (JSON)" is not valid JSON' })
				: raw;
		if (typeof query !== 'object' || query === null || Array.isArray(query) || !('operator' in query)) {
			throw new NodeOperationError(
				node,
				'"Query (JSON)" must be an object with "field", "operator" and "value", or "operator" and a "value" list',
				{
					itemIndex,
				},
			);
		}
		return query as Intercom.SearchRequest.Query;
	}
	const { group = [] } = context.getNodeParameter('filterGroups', itemIndex, {}) as { group?: GroupInput[] };
	const combineGroups = context.getNodeParameter('combineGroups', itemIndex, 'AND') as 'AND' | 'OR';
	return buildSearchQuery(group, combineGroups, node, itemIndex);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const query = readQuery(this, itemIndex);
	const sort = this.getNodeParameter('sort', itemIndex, {}) as { field?: string; order?: string };
	const limit = readLimit(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	const pages = searchPages<Intercom.Contact>(this, {
		path: '/contacts/search',
		itemsKey: 'data',
		body: {
			query: query as IDataObject,
			...(sort.field ? { sort: { field: sort.field, order: sort.order ?? 'descending' } } : {}),
		},
		limit,
		itemIndex,
	});
	const contacts = await collectItems(pages, limit);
	return simplify ? contacts.map(simplifyContact) : contacts;
}
