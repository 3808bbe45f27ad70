import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';

/**
 * Closes, opens, snoozes or assigns a conversation: one endpoint, told apart by `message_type`. Each call adds a part
 * to the conversation, so it is not repeated after a lost answer.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/manageconversation
 */
export async function manageConversation(
	context: IExecuteFunctions,
	itemIndex: number,
	conversationId: string,
	body: IDataObject,
): Promise<Intercom.Conversation> {
	return await intercomApiRequest<Intercom.Conversation>(context, {
		method: 'POST',
		path: `/conversations/${conversationId}/parts`,
		body,
		itemIndex,
	});
}
