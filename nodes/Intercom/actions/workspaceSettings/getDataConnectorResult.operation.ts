import { endpointOperation, idField, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/data-connectors/showdataconnectorexecutionresult */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Data Connector Result',
		action: 'Get an execution result of a data connector',
		description: 'Get one call a data connector made, with its request and answer',
	},
	method: 'GET',
	path: '/data_connectors/{connectorId}/execution_results/{resultId}',
	fields: [
		pickerField('connectorId', 'Data Connector', 'getDataConnectors'),
		idField('resultId', 'Result ID'),
	],
	since: '2.16',
});
