import { endpointOperation, idField } from '../endpoint';
import { helpCenterIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/help-center/retrievehelpcenterredirect */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Redirect',
		action: 'Get a help center redirect',
		description: 'Get one redirect of a help center',
	},
	method: 'GET',
	path: '/help_center/help_centers/{helpCenterId}/redirects/{redirectId}',
	fields: [helpCenterIdField, idField('redirectId', 'Redirect ID')],
	since: '2.16',
});
