import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { cursorSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List the conversations of the workspace, page by page',
};

export const description: INodeProperties[] = [...returnAllLimitOrPage];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const source = cursorSource<Intercom.Conversation>(this, {
		path: '/conversations',
		itemsKey: 'conversations',
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
