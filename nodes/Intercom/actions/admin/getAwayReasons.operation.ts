import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Away Reasons',
	action: 'Get the away reasons',
	description: 'List the reasons teammates can give for being away (for Set Away)',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/away-status-reasons/listawaystatusreasons */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.AwayStatusReason[]> {
	return await returnUnpaged<Intercom.AwayStatusReason>(this, itemIndex, { path: '/away_status_reasons' });
}
