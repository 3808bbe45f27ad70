import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/emails/listemails */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Sender Emails',
		action: 'Get many sender email addresses',
		description: 'List the email addresses the workspace sends from',
	},
	method: 'GET',
	path: '/emails',
	list: {},
	since: '2.16',
});
