import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/emails/retrieveemail */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Sender Email',
		action: 'Get a sender email address',
		description: 'Get a sender email address and its settings',
	},
	method: 'GET',
	path: '/emails/{emailId}',
	fields: [pickerField('emailId', 'Sender Email', 'getSenderEmails')],
	since: '2.16',
});
