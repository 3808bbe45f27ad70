import { endpointOperation } from '../endpoint';
import { sourceIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/deletecontentimportsource */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Delete Source',
		action: 'Delete a content import source',
		description: 'Delete a content import source and its external pages',
	},
	method: 'DELETE',
	path: '/ai/content_import_sources/{sourceId}',
	fields: [sourceIdField],
	integerIds: ['sourceId'],
});
