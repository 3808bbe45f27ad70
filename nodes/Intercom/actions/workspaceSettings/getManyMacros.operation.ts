import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/macros/listmacros */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Macros',
		action: 'Get many macros',
		description: "List the workspace's macros (saved replies)",
	},
	method: 'GET',
	path: '/macros',
	list: { paging: 'cursor' },
	since: '2.16',
});
