import type { INodeProperties } from 'n8n-workflow';

import type { SearchCatalogue } from './catalogue';
import { OPERATOR_LIST } from './operators';

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

const andOr = [
	{ name: 'AND', value: 'AND' },
	{ name: 'OR', value: 'OR' },
];

/**
 * Query Mode, Filter Groups, Combine Groups With and Query (JSON): the filter builder of a resource's Search
 * operation, with the resource's fields in its picker. `readSearchQuery` compiles what it collects.
 */
export function searchFilterProperties(catalogue: SearchCatalogue): INodeProperties[] {
	return [
		{
			displayName: 'Query Mode',
			name: 'queryMode',
			type: 'options',
			options: [
				{ name: 'Filter Builder', value: 'builder' },
				{ name: 'JSON Query', value: 'json', description: "Intercom's search query object, as documented" },
				{
					name: 'Conditions (Text)',
					value: 'text',
					description:
						'One group a line, e.g. email endsWith @acme.com AND created_at greaterThan 2024-01-01: compact, with nested AND/OR',
				},
				{
					name: 'Single Condition',
					value: 'single',
					description:
						'One condition of field, operator and value, each typed as text: what an AI agent fills',
				},
			],
			default: 'builder',
		},
		{
			displayName: 'Conditions',
			name: 'conditionsText',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			placeholder: `${catalogue.textExample}`,
			description: `One group of conditions a line, its conditions joined by AND or by OR; each condition is field operator value (operators: ${OPERATOR_LIST}, or Intercom's = != IN NIN &lt; &gt; ~ !~ ^ $). Lines are joined by Combine Groups With. A value holding AND or OR goes in double quotes.`,
			displayOptions: { show: { queryMode: ['text'] } },
		},
		{
			displayName: 'Field',
			name: 'conditionField',
			type: 'string',
			default: '',
			placeholder: `e.g. ${catalogue.fieldExample}`,
			description: `The ${catalogue.records} field to compare: a standard field (${catalogue.fieldExamples}) or custom_attributes.&lt;name&gt;`,
			displayOptions: { show: { queryMode: ['single'] } },
		},
		{
			displayName: 'Operator',
			name: 'conditionOperator',
			type: 'string',
			default: 'equals',
			description: `How to compare: ${OPERATOR_LIST}`,
			displayOptions: { show: { queryMode: ['single'] } },
		},
		{
			displayName: 'Value',
			name: 'conditionValue',
			type: 'string',
			default: '',
			description:
				"Compared as the field's type. Dates: an ISO date or Unix seconds. In and Not In: comma-separated.",
			displayOptions: { show: { queryMode: ['single'] } },
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
							options: andOr,
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
											typeOptions: { loadOptionsMethod: catalogue.fieldsMethod },
											default: '',
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
											description:
												"Compared as the field's type, a custom attribute's included. Dates: an ISO date or Unix seconds. In List and Not In List: comma-separated.",
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
			options: andOr,
			default: 'AND',
			displayOptions: { show: { queryMode: ['builder', 'text'] } },
		},
		{
			displayName: 'Query (JSON)',
			name: 'queryJson',
			type: 'json',
			default: JSON.stringify(catalogue.jsonExample, null, 2),
			description: `The "query" object of Intercom's search request for ${catalogue.records}`,
			displayOptions: { show: { queryMode: ['json'] } },
		},
	];
}
