import type { IDataObject } from 'n8n-workflow';

import { readCollection, readText } from '../../parameters/read';
import { endpointOperation } from '../endpoint';
import { snippetBody, snippetFields } from './fields';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/content-snippets/createcontentsnippet */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Create',
		action: 'Create a content snippet',
		description: 'Write a snippet of knowledge for Fin and Copilot',
	},
	method: 'POST',
	path: '/content_snippets',
	fields: [
		{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: snippetFields,
		},
	],
	body: (context, itemIndex) => ({
		title: readText(context, itemIndex, 'title', { required: true }),
		...snippetBody(readCollection<IDataObject>(context, itemIndex, 'additionalFields')),
	}),
	since: '2.16',
});
