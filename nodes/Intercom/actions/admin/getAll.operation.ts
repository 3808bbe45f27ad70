import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { unpagedItems } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many admins',
	description: "List the workspace's teammates",
};

export const description: INodeProperties[] = [...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Admin[]> {
	const limit = readLimit(this, itemIndex);
	const admins = await unpagedItems<Intercom.Admin>(this, { path: '/admins', itemsKey: 'admins', itemIndex });
	return admins.slice(0, limit);
}
