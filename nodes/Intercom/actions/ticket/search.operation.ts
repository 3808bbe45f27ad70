import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { readSearchQuery } from '../../search/compile';
import { searchFilterProperties } from '../../search/description';
import { searchSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';
import { ticketSearch } from '../../search/fields/tickets';
import type { ToolUse } from '../../tool/arguments';
import { searchTool } from '../../search/tool';

export const option: OperationOption = {
	name: 'Search',
	action: 'Search tickets',
	description:
		'Find tickets by type, state, assignee, contact and dates (Intercom lists tickets only this way)',
};

export const description: INodeProperties[] = [
	...searchFilterProperties(ticketSearch),
	...returnAllLimitOrPage,
];

export const tool: ToolUse = searchTool(ticketSearch);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const query = await readSearchQuery(this, itemIndex, ticketSearch);
	const source = searchSource<Intercom.Ticket>(this, {
		path: '/tickets/search',
		itemsKey: 'tickets',
		body: { query: query as IDataObject },
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
