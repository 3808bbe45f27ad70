import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/content-snippets/listcontentsnippets */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many',
		action: 'Get many content snippets',
		description: 'List the snippets of knowledge Fin and Copilot use',
	},
	method: 'GET',
	path: '/content_snippets',
	list: { paging: 'numbered' },
	since: '2.16',
});
