import { endpointOperation } from '../endpoint';
import { sourceIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/getcontentimportsource */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Get Source',
		action: 'Get a content import source',
		description: 'Get a content import source',
	},
	method: 'GET',
	path: '/ai/content_import_sources/{sourceId}',
	fields: [sourceIdField],
	integerIds: ['sourceId'],
});
