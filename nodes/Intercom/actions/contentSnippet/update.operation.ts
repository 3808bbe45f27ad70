import type { IDataObject } from 'n8n-workflow';

import { readChanges } from '../../parameters/read';
import { endpointOperation } from '../endpoint';
import { snippetBody, snippetFields, snippetIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/content-snippets/updatecontentsnippet */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Update',
		action: 'Update a content snippet',
		description: "Change a snippet's title, body or availability",
	},
	method: 'PUT',
	path: '/content_snippets/{snippetId}',
	fields: [
		snippetIdField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [...snippetFields, { displayName: 'Title', name: 'title', type: 'string', default: '' }],
		},
	],
	body: (context, itemIndex) => snippetBody(readChanges<IDataObject>(context, itemIndex)),
	since: '2.16',
});
