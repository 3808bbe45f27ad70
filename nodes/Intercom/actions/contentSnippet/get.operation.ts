import { endpointOperation } from '../endpoint';
import { snippetIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/content-snippets/getcontentsnippet */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get',
		action: 'Get a content snippet',
		description: 'Get a content snippet with its body',
	},
	method: 'GET',
	path: '/content_snippets/{snippetId}',
	fields: [snippetIdField],
	since: '2.16',
});
