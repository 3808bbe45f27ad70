import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parallelStreamsField, returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { readStreams } from '../../parameters/paging';
import { numberedPagesInParallel, numberedSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many articles',
	description: 'List help center articles, most recently updated first',
};

export const description: INodeProperties[] = [
	...returnAllLimitOrPage,
	parallelStreamsField("each its own page of 50, merged in the list's order"),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const source = numberedSource<Intercom.ArticleListItem>(this, {
		path: '/articles',
		itemsKey: 'data',
		itemIndex,
	});
	const streams = readStreams(this, itemIndex);
	const articles = streams > 1 ? await numberedPagesInParallel(source, streams) : undefined;
	return articles ?? (await returnList(this, itemIndex, source));
}
