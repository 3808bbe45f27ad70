import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readTextList } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many with Transcripts',
	action: 'Get the calls of conversations with their transcripts',
	description: 'List the calls of up to 20 conversations, each with its transcript',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Conversation IDs',
		name: 'conversationIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: '1234, 5678',
		description: 'Comma-separated conversation IDs (at most 20), or a list from an expression',
	},
];

/** Intercom's limit on `conversation_ids`; more is a 400. */
const MAX_CONVERSATIONS = 20;

/**
 * Reads only, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/calls/listcallswithtranscripts
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const conversationIds = readTextList(this, itemIndex, 'conversationIds');
	if (conversationIds.length === 0 || conversationIds.length > MAX_CONVERSATIONS) {
		throw new NodeOperationError(
			this.getNode(),
			`"Conversation IDs" holds ${conversationIds.length} IDs; Intercom takes 1 to ${MAX_CONVERSATIONS}`,
			{ itemIndex },
		);
	}
	const { data = [] } = await intercomApiRequest<{ data?: IDataObject[] }>(this, {
		method: 'POST',
		path: '/calls/search',
		body: { conversation_ids: conversationIds },
		itemIndex,
		retryable: true,
	});
	return data;
}
