import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { unpagedItems } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many tags',
	description: "List the workspace's tags",
};

export const description: INodeProperties[] = [...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag[]> {
	const limit = readLimit(this, itemIndex);
	const tags = await unpagedItems<Intercom.Tag>(this, { path: '/tags', itemIndex });
	return tags.slice(0, limit);
}
