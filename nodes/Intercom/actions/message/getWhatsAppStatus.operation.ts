import { readText } from '../../parameters/read';
import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/messages/retrievewhatsappmessagestatus */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get WhatsApp Status',
		action: 'Get the delivery status of a WhatsApp message',
		description: 'Whether a WhatsApp message was sent, delivered, read or failed',
	},
	method: 'GET',
	path: '/messages/whatsapp/status',
	fields: [{ displayName: 'Message ID', name: 'messageId', type: 'string', default: '', required: true }],
	qs: (context, itemIndex) => ({ message_id: readText(context, itemIndex, 'messageId', { required: true }) }),
	since: '2.16',
});
