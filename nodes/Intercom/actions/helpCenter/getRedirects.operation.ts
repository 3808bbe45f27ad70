import { endpointOperation } from '../endpoint';
import { helpCenterIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/help-center/listhelpcenterredirects */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Redirects',
		action: 'Get the redirects of a help center',
		description: 'List the old URLs a help center sends on to its articles and collections',
	},
	method: 'GET',
	path: '/help_center/help_centers/{helpCenterId}/redirects',
	fields: [helpCenterIdField],
	list: { paging: 'numbered' },
	since: '2.16',
});
