import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/data-connectors/deletedataconnector */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Delete Data Connector',
		action: 'Delete a data connector',
		description: 'Delete a data connector',
	},
	method: 'DELETE',
	path: '/data_connectors/{connectorId}',
	fields: [pickerField('connectorId', 'Data Connector', 'getDataConnectors')],
	since: '2.16',
});
