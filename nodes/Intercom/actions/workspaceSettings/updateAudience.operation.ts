import { readJsonObject } from '../../parameters/read';

import { definitionField, endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/audiences/updateaudience */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Update Audience',
		action: 'Update an audience',
		description: "Change an audience's name or rules",
	},
	method: 'PUT',
	path: '/audiences/{audienceId}',
	fields: [
		pickerField('audienceId', 'Audience', 'getAudiences'),
		definitionField(
			'definition',
			'Changes (JSON)',
			{ name: 'Paying customers (EU)' },
			'The fields to change: name, predicates, role_predicates',
		),
	],
	body: (context, itemIndex) => readJsonObject(context, itemIndex, 'definition'),
	since: '2.16',
});
