import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { readSearchQuery } from '../../search/compile';
import { searchFilterProperties } from '../../search/description';
import { collectItems, searchPages } from '../../transport';
import type { OperationOption } from '../operation';
import { ticketSearch } from './searchFields';

export const option: OperationOption = {
	name: 'Search',
	action: 'Search tickets',
	description:
		'Find tickets by type, state, assignee, contact and dates (Intercom lists tickets only this way)',
};

export const description: INodeProperties[] = [...searchFilterProperties(ticketSearch), ...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Ticket[]> {
	const query = await readSearchQuery(this, itemIndex, ticketSearch);
	const limit = readLimit(this, itemIndex);
	const pages = searchPages<Intercom.Ticket>(this, {
		path: '/tickets/search',
		itemsKey: 'tickets',
		body: { query: query as IDataObject },
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
