import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many help centers',
	description: 'List the workspace’s help centers',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.HelpCenter[]> {
	return await returnUnpaged<Intercom.HelpCenter>(this, itemIndex, { path: '/help_center/help_centers' });
}
