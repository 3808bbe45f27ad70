import type { INodeProperties } from 'n8n-workflow';

import type { IntercomType } from '../node.type';
import type { Operation } from '../router';
import * as addTag from './addTag.operation';
import * as deleteCompany from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getContacts from './getContacts.operation';
import * as getSegments from './getSegments.operation';
import * as removeTag from './removeTag.operation';
import * as upsert from './upsert.operation';

type CompanyOperation = Extract<IntercomType, { resource: 'company' }>['operation'];

export const operations: Record<CompanyOperation, Operation & { description: INodeProperties[] }> = {
	addTag,
	delete: deleteCompany,
	get,
	getAll,
	getContacts,
	getSegments,
	removeTag,
	upsert,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{ name: 'Add Tag', value: 'addTag', action: 'Add a tag to a company' },
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a company',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a company' },
			{ name: 'Get', value: 'get', action: 'Get a company' },
			{ name: 'Get Contacts', value: 'getContacts', action: 'Get the contacts of a company' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many companies' },
			{ name: 'Get Segments', value: 'getSegments', action: 'Get the segments of a company' },
			{ name: 'Remove Tag', value: 'removeTag', action: 'Remove a tag from a company' },
		],
		default: 'upsert',
	},
	...Object.values(operations).flatMap((operation) => operation.description),
];
