import { endpointOperation, idField } from '../endpoint';
import { helpCenterIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/help-center/deletehelpcenterredirect */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Delete Redirect',
		action: 'Delete a help center redirect',
		description: 'Stop redirecting an old URL',
	},
	method: 'DELETE',
	path: '/help_center/help_centers/{helpCenterId}/redirects/{redirectId}',
	fields: [helpCenterIdField, idField('redirectId', 'Redirect ID')],
	since: '2.16',
});
