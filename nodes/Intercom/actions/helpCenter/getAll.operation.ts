import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { unpagedItems } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many help centers',
	description: 'List the workspace’s help centers',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.HelpCenter[]> {
	const limit = readLimit(this, itemIndex);
	return (
		await unpagedItems<Intercom.HelpCenter>(this, { path: '/help_center/help_centers', itemIndex })
	).slice(0, limit);
}
