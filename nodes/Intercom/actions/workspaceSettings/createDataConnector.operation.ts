import { definitionBody, definitionField, endpointOperation } from '../endpoint';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/data-connectors/createdataconnector */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Create Data Connector',
		action: 'Create a data connector',
		description: 'Create a data connector from its definition',
	},
	method: 'POST',
	path: '/data_connectors',
	fields: [
		definitionField(
			'definition',
			'Definition (JSON)',
			{ name: 'Order status', http_method: 'get', url: 'https://api.example.com/orders/{{order_id}}' },
			'The connector as Intercom describes it: name, description, http_method, url, body, headers, data_inputs, audiences\u2026',
		),
	],
	body: definitionBody(['name']),
	since: '2.16',
});
