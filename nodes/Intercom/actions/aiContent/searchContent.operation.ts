import { NodeOperationError } from 'n8n-workflow';

import { readChoices, readText } from '../../parameters/read';
import { endpointOperation } from '../endpoint';

const MAX_QUERY = 500;

/**
 * Lists are sent comma-separated (`explode: false` in Intercom's description).
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/content/searchcontent
 */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Search Content',
		action: 'Search the knowledge hub',
		description: 'Search articles, snippets, internal articles and external pages by text',
	},
	method: 'GET',
	path: '/content/search',
	fields: [
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			default: '',
			placeholder: 'billing',
			description: 'Text matched against titles and bodies; empty lists the most recent content',
		},
		{
			displayName: 'Content Types',
			name: 'contentTypes',
			type: 'multiOptions',
			options: [
				{ name: 'Article', value: 'article' },
				{ name: 'External Page', value: 'external_content' },
				{ name: 'File', value: 'file_source_content' },
				{ name: 'Internal Article', value: 'internal_article' },
				{ name: 'Snippet', value: 'snippet' },
			],
			default: [],
			description: 'Only these types; none for Intercom’s default set',
		},
		{
			displayName: 'States',
			name: 'states',
			type: 'multiOptions',
			options: [
				{ name: 'Draft', value: 'draft' },
				{ name: 'Published', value: 'published' },
			],
			default: [],
		},
	],
	qs: (context, itemIndex) => {
		const query = readText(context, itemIndex, 'query');
		if (query.length > MAX_QUERY) {
			throw new NodeOperationError(
				context.getNode(),
				`"Query" is ${query.length} characters; Intercom takes ${MAX_QUERY}`,
				{
					itemIndex,
				},
			);
		}
		const types = readChoices(context, itemIndex, 'contentTypes');
		const states = readChoices(context, itemIndex, 'states');
		return {
			...(query ? { query } : {}),
			...(types.length > 0 ? { content_types: types.join(',') } : {}),
			...(states.length > 0 ? { states: states.join(',') } : {}),
		};
	},
	list: { paging: 'numbered', maxPerPage: 50 },
	since: '2.16',
});
