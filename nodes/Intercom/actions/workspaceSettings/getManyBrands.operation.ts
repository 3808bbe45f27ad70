import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/brands/listbrands */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Brands',
		action: 'Get many brands',
		description: "List the workspace's brands",
	},
	method: 'GET',
	path: '/brands',
	list: {},
	since: '2.16',
});
