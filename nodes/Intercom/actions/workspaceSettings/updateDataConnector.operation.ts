import { readJsonObject } from '../../parameters/read';

import { definitionField, endpointOperation, pickerField } from '../endpoint';

/** A partial update (PATCH): the same change twice leaves the same connector, so a lost answer is asked again. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/data-connectors/updatedataconnector */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Update Data Connector',
		action: 'Update a data connector',
		description: 'Change the fields given of a data connector',
	},
	method: 'PATCH',
	path: '/data_connectors/{connectorId}',
	fields: [
		pickerField('connectorId', 'Data Connector', 'getDataConnectors'),
		definitionField(
			'definition',
			'Changes (JSON)',
			{ description: 'Looks up an order' },
			'The fields to change, as Intercom names them',
		),
	],
	body: (context, itemIndex) => readJsonObject(context, itemIndex, 'definition'),
	since: '2.16',
	retryable: true,
});
