import { readText } from '../../parameters/read';
import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/messages/getwhatsappmessagestatus */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get WhatsApp Statuses',
		action: 'Get the statuses of WhatsApp messages sent by a ruleset',
		description: 'The delivery events of every WhatsApp message a series or workflow sent',
	},
	method: 'GET',
	path: '/messages/status',
	fields: [{ displayName: 'Ruleset ID', name: 'rulesetId', type: 'string', default: '', required: true }],
	qs: (context, itemIndex) => ({ ruleset_id: readText(context, itemIndex, 'rulesetId', { required: true }) }),
	list: { itemsKey: 'events', paging: 'cursor', maxPerPage: 100 },
	since: '2.16',
});
