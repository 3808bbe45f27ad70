import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { conversationIdOf } from '../../lookups/conversation';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Handling Events',
	action: 'Get the handling events of a conversation',
	description: 'When each teammate or Fin picked up, paused and handed over the conversation',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [conversationRLC()];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversations/listhandlingevents */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const conversationId = conversationIdOf(this, itemIndex);
	const { handling_events: events = [] } = await intercomApiRequest<{ handling_events?: IDataObject[] }>(
		this,
		{
			method: 'GET',
			path: `/conversations/${conversationId}/handling_events`,
			itemIndex,
		},
	);
	return events;
}
