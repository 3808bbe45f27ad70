import { readText } from '../../parameters/read';

import { endpointOperation } from '../endpoint';

/** Not repeated after a lost answer: the caller would get two texts. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/calls/createphoneswitch */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Create Phone Switch',
		action: 'Send a phone caller a Messenger link',
		description: 'Text a caller a link that moves the call to the Messenger (phone switch)',
	},
	method: 'POST',
	path: '/phone_call_redirects',
	fields: [
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			required: true,
			placeholder: '+353871234567',
			description: "The caller's number in international (E.164) form",
		},
	],
	body: (context, itemIndex) => ({ phone: readText(context, itemIndex, 'phone', { required: true }) }),
});
