import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/data-connectors/retrievedataconnector */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Data Connector',
		action: 'Get a data connector',
		description: 'Get a data connector with its request settings',
	},
	method: 'GET',
	path: '/data_connectors/{connectorId}',
	fields: [pickerField('connectorId', 'Data Connector', 'getDataConnectors')],
	since: '2.16',
});
