import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/audiences/listaudiences */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Audiences',
		action: 'Get many audiences',
		description: 'List the audiences content and Fin target',
	},
	method: 'GET',
	path: '/audiences',
	list: { paging: 'numbered', maxPerPage: 50 },
	since: '2.16',
});
