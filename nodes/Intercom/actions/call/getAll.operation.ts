import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many calls',
	description: 'List phone calls, most recent first',
};

export const description: INodeProperties[] = [...returnAllLimitOrPage];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/calls/listcalls */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const source = numberedSource<Intercom.Call>(this, { path: '/calls', itemsKey: 'data', itemIndex });
	return await returnList(this, itemIndex, source);
}
