import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ip-allowlist/getipallowlist */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Get IP Allowlist',
		action: 'Get the IP allowlist',
		description: 'Whether the IP allowlist is on, and its ranges',
	},
	method: 'GET',
	path: '/ip_allowlist',
});
