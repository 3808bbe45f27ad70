import { endpointOperation } from '../endpoint';
import { conversationIdField, messageFields, readFinMessage } from './fields';

/**
 * Fin answers in the background (its replies come by webhook or its `sse_subscription_url`): the call returns Fin's
 * status. Not repeated after a lost answer: Fin would get the message twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/fin-agent/replytofin
 */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Reply',
		action: 'Reply to Fin',
		description: 'Send the next message of a Fin conversation from your channel',
	},
	method: 'POST',
	path: '/fin/reply',
	fields: [conversationIdField, ...messageFields],
	body: readFinMessage,
});
