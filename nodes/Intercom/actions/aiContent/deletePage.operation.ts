import { endpointOperation } from '../endpoint';
import { pageIdField } from './fields';

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/deleteexternalpage */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Delete Page',
		action: 'Delete an external page',
		description: 'Remove an external page from Fin and Copilot',
	},
	method: 'DELETE',
	path: '/ai/external_pages/{pageId}',
	fields: [pageIdField],
});
