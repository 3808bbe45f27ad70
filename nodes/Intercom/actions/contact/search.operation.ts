import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import { readSearchQuery } from '../../search/compile';
import { searchFilterProperties } from '../../search/description';
import { contactSearch } from '../../search/fields/contacts';
import { simplifyContact } from './simplify';
import { searchSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';
import { readBoolean, readCollection } from '../../parameters/read';
import type { ToolUse } from '../../tool/arguments';
import { searchTool } from '../../search/tool';

export const option: OperationOption = {
	name: 'Search',
	action: 'Search contacts',
	description: 'Find contacts by standard fields and custom attributes',
};

export const description: INodeProperties[] = [
	...searchFilterProperties(contactSearch),
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
	...returnAllLimitOrPage,
	simplifyField,
];

export const tool: ToolUse = searchTool(contactSearch);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const query = await readSearchQuery(this, itemIndex, contactSearch);
	const sort = readCollection<{ field?: string; order?: string }>(this, itemIndex, 'sort');
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const source = searchSource<Intercom.Contact>(this, {
		path: '/contacts/search',
		itemsKey: 'data',
		body: {
			query: query as IDataObject,
			...(sort.field ? { sort: { field: sort.field, order: sort.order ?? 'descending' } } : {}),
		},
		itemIndex,
	});
	return await returnList(this, itemIndex, source, simplify ? simplifyContact : undefined);
}
