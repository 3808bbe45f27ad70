import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/audiences/retrieveaudience */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Audience',
		action: 'Get an audience',
		description: 'Get an audience with its rules',
	},
	method: 'GET',
	path: '/audiences/{audienceId}',
	fields: [pickerField('audienceId', 'Audience', 'getAudiences')],
	since: '2.16',
});
