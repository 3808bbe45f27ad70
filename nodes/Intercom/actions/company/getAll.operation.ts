import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import { readLimit } from '../../parameters/limit';
import { simplifyCompany } from './simplify';
import { collectItems, numberedPages, scrollPages } from '../../transport';
import type { OperationOption } from '../operation';
import { readBoolean, readCollection } from '../../parameters/read';

/** `POST /companies/list` stops at 10,000 companies; past that only the scroll API reaches. */
const LIST_CAP = 10_000;

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many companies',
	description: 'List companies, all of them or those in a segment or with a tag',
};

export const description: INodeProperties[] = [
	...returnAllOrLimit,
	filtersCollection([
		{
			displayName: 'Segment Name or ID',
			name: 'segmentId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getSegments' },
			default: '',
			description:
				'Only companies in this segment. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Tag Name or ID',
			name: 'tagId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTags' },
			default: '',
			description:
				'Only companies with this tag. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	]),
	simplifyField,
];

function companyPages(
	context: IExecuteFunctions,
	itemIndex: number,
	limit: number | undefined,
	filters: { segmentId?: string; tagId?: string },
): AsyncGenerator<Intercom.Company[]> {
	const filterQs = {
		...(filters.tagId ? { tag_id: filters.tagId } : {}),
		...(filters.segmentId ? { segment_id: filters.segmentId } : {}),
	};
	if (Object.keys(filterQs).length > 0) {
		return numberedPages(context, { path: '/companies', itemsKey: 'data', qs: filterQs, limit, itemIndex });
	}
	if (limit === undefined || limit > LIST_CAP) {
		return scrollPages(context, { path: '/companies/scroll', itemsKey: 'data', limit, itemIndex });
	}
	return numberedPages(context, {
		method: 'POST',
		path: '/companies/list',
		itemsKey: 'data',
		qs: { order: 'desc' },
		limit,
		itemIndex,
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const limit = readLimit(this, itemIndex);
	const filters = readCollection<{ segmentId?: string; tagId?: string }>(this, itemIndex, 'filters');
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const companies = await collectItems(companyPages(this, itemIndex, limit, filters), limit);
	return simplify ? companies.map(simplifyCompany) : companies;
}
