import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many articles',
	description: 'List help center articles, most recently updated first',
};

export const description: INodeProperties[] = [...returnAllLimitOrPage];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const source = numberedSource<Intercom.ArticleListItem>(this, {
		path: '/articles',
		itemsKey: 'data',
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
