import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many tags',
	description: "List the workspace's tags",
};

export const description: INodeProperties[] = [...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag[]> {
	return await returnUnpaged<Intercom.Tag>(this, itemIndex, { path: '/tags' });
}
