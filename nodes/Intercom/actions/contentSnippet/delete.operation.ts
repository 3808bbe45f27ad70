import { endpointOperation } from '../endpoint';
import { snippetIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/content-snippets/deletecontentsnippet */
export const { option, description, execute, since } = endpointOperation({
	option: { name: 'Delete', action: 'Delete a content snippet', description: 'Delete a content snippet' },
	method: 'DELETE',
	path: '/content_snippets/{snippetId}',
	fields: [snippetIdField],
	since: '2.16',
});
