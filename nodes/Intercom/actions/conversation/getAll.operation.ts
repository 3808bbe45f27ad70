import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { collectItems, cursorPages } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List the conversations of the workspace, page by page',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation[]> {
	const limit = readLimit(this, itemIndex);
	const pages = cursorPages<Intercom.Conversation>(this, {
		path: '/conversations',
		itemsKey: 'conversations',
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
