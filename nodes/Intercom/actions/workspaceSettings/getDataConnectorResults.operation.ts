import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/data-connectors/listdataconnectorexecutionresults */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Data Connector Results',
		action: 'Get the execution results of a data connector',
		description: 'List the calls a data connector made and how they ended',
	},
	method: 'GET',
	path: '/data_connectors/{connectorId}/execution_results',
	fields: [pickerField('connectorId', 'Data Connector', 'getDataConnectors')],
	list: { paging: 'cursor', maxPerPage: 30 },
	since: '2.16',
});
