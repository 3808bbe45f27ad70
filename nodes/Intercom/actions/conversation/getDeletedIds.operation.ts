import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { readOption } from '../../parameters/read';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Deleted IDs',
	action: 'Get the IDs of deleted conversations',
	description: 'List the conversations deleted from the workspace, to delete them from your copy too',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	...returnAllLimitOrPage,
	{
		displayName: 'Order',
		name: 'order',
		type: 'options',
		options: [
			{ name: 'Newest First', value: 'desc' },
			{ name: 'Oldest First', value: 'asc' },
		],
		default: 'desc',
	},
];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversations/listdeletedconversationids */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const source = numberedSource<IDataObject>(this, {
		path: '/conversations/deleted',
		itemsKey: 'conversations',
		qs: { order: readOption<string>(this, itemIndex, 'order') },
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
