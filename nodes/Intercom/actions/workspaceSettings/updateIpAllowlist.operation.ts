import { readBoolean, readText } from '../../parameters/read';
import { commaList } from '../../parameters/values';

import { endpointOperation } from '../endpoint';

/** The list given replaces the current one. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ip-allowlist/updateipallowlist */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Update IP Allowlist',
		action: 'Update the IP allowlist',
		description: 'Turn the IP allowlist on or off and set its ranges',
	},
	method: 'PUT',
	path: '/ip_allowlist',
	fields: [
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether only the listed addresses may reach the workspace',
		},
		{
			displayName: 'IP Ranges',
			name: 'ipRanges',
			type: 'string',
			default: '',
			placeholder: '192.0.2.0/24, 198.51.100.7',
			description: 'Comma-separated addresses or CIDR ranges; they replace the current list',
		},
	],
	body: (context, itemIndex) => ({
		enabled: readBoolean(context, itemIndex, 'enabled'),
		ip_allowlist: commaList(readText(context, itemIndex, 'ipRanges')),
	}),
});
