import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	parallelStreamsField,
	returnAllLimitOrPage,
} from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import type { Paging } from '../../parameters/paging';
import { readPaging, readStreams } from '../../parameters/paging';
import { simplifyCompany } from './simplify';
import type { PageSource } from '../../transport';
import { numberedPagesInParallel, numberedSource, scrollSource } from '../../transport';
import { returnList } from '../list';
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
	...returnAllLimitOrPage,
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
	parallelStreamsField(
		"each its own page of 50, merged in the list's order (up to 10,000 companies; past them the scroll reads one page after another)",
	),
	simplifyField,
];

/**
 * Companies with a tag or segment page by number. Without a filter, a short list reads `POST /companies/list`, and
 * Return All and Page by Page the scroll API, which alone reaches past 10,000.
 */
function companySource(
	context: IExecuteFunctions,
	itemIndex: number,
	paging: Paging,
	filters: { segmentId?: string; tagId?: string },
): PageSource<Intercom.Company> {
	const filterQs = {
		...(filters.tagId ? { tag_id: filters.tagId } : {}),
		...(filters.segmentId ? { segment_id: filters.segmentId } : {}),
	};
	if (Object.keys(filterQs).length > 0) {
		return numberedSource(context, { path: '/companies', itemsKey: 'data', qs: filterQs, itemIndex });
	}
	if (paging.mode === 'page' || paging.limit === undefined || paging.limit > LIST_CAP) {
		return scrollSource(context, { path: '/companies/scroll', itemsKey: 'data', itemIndex });
	}
	return numberedSource(context, {
		method: 'POST',
		path: '/companies/list',
		itemsKey: 'data',
		qs: { order: 'desc' },
		itemIndex,
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const paging = readPaging(this, itemIndex);
	const filters = readCollection<{ segmentId?: string; tagId?: string }>(this, itemIndex, 'filters');
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const shape = (company: Intercom.Company): object => (simplify ? simplifyCompany(company) : company);
	const streams = readStreams(this, itemIndex);
	if (streams > 1) {
		// Numbered pages read at once: the filtered list, or the whole list while it holds fewer than 10,000 (a count
		// of 10,000 may be the cap: past it, only the scroll reaches).
		const list = companySource(this, itemIndex, { mode: 'list', limit: LIST_CAP }, filters);
		const companies = await numberedPagesInParallel(list, streams, LIST_CAP - 1);
		if (companies) return companies.map(shape);
	}
	return await returnList(this, itemIndex, companySource(this, itemIndex, paging, filters), shape);
}
