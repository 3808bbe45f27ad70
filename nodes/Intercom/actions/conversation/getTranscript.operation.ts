import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import type { Transcript } from './transcript';
import { transcriptOf } from './transcript';

export const option: OperationOption = {
	name: 'Get Transcript',
	action: 'Get the transcript of a conversation',
	description: 'The whole conversation as one readable text: who said what and when, notes marked',
};

export const description: INodeProperties[] = [conversationRLC()];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Transcript> {
	const id = conversationIdOf(this, itemIndex);
	const conversation = await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'GET',
		path: `/conversations/${id}`,
		qs: { display_as: 'plaintext' },
		itemIndex,
	});
	return transcriptOf(conversation);
}
