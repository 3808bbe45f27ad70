import { tagIdField } from '../../descriptions/pickers';
import { endpointOperation } from '../endpoint';
import { snippetIdField } from './fields';

/** Removing twice leaves none. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tags/detachtagfromcontentsnippet */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Remove Tag',
		action: 'Remove a tag from a content snippet',
		description: 'Take a tag off a content snippet',
	},
	method: 'DELETE',
	path: '/content_snippets/{snippetId}/tags/{tagId}',
	fields: [snippetIdField, tagIdField],
	integerIds: ['tagId'],

	since: '2.16',
	retryable: true,
});
