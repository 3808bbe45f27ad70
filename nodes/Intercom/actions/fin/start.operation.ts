import { endpointOperation } from '../endpoint';
import { conversationIdField, messageFields, readFinMessage } from './fields';

/**
 * Fin answers in the background (its replies come by webhook or its `sse_subscription_url`): the call returns Fin's
 * status. Not repeated after a lost answer: Fin would get the message twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/fin-agent/startfinconversation
 */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Start Conversation',
		action: 'Start a conversation with Fin',
		description: "Hand a user's first message from your own channel to Fin",
	},
	method: 'POST',
	path: '/fin/start',
	fields: [conversationIdField, ...messageFields],
	body: readFinMessage,
});
