import { endpointOperation } from '../endpoint';
import { pageIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/getexternalpage */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Get Page',
		action: 'Get an external page',
		description: 'Get an external page with its content',
	},
	method: 'GET',
	path: '/ai/external_pages/{pageId}',
	fields: [pageIdField],
});
