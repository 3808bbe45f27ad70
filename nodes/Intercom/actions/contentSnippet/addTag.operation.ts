import { tagIdField } from '../../descriptions/pickers';
import { readIntegerId } from '../../parameters/read';
import { endpointOperation } from '../endpoint';
import { snippetIdField } from './fields';

/** Tagging twice leaves one tag. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tags/attachtagtocontentsnippet */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Add Tag',
		action: 'Add a tag to a content snippet',
		description: 'Tag a content snippet with an existing tag',
	},
	method: 'POST',
	path: '/content_snippets/{snippetId}/tags',
	fields: [snippetIdField, tagIdField],
	integerIds: ['tagId'],
	body: (context, itemIndex) => ({ id: readIntegerId(context, itemIndex, 'tagId') }),
	since: '2.16',
	retryable: true,
});
