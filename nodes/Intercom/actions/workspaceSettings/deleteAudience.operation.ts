import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/audiences/deleteaudience */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Delete Audience',
		action: 'Delete an audience',
		description: 'Delete an audience',
	},
	method: 'DELETE',
	path: '/audiences/{audienceId}',
	fields: [pickerField('audienceId', 'Audience', 'getAudiences')],
	since: '2.16',
});
