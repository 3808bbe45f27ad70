import { readJsonObject } from '../../parameters/read';

import { definitionField, endpointOperation, idField, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/updateofficehoursexception */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Update Office Hours Exception',
		action: 'Update an office hours exception',
		description: 'Change a holiday or special hours',
	},
	method: 'PUT',
	path: '/office_hours_schedules/{scheduleId}/office_hours_exceptions/{exceptionId}',
	fields: [
		pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules'),
		idField('exceptionId', 'Exception ID'),
		definitionField(
			'definition',
			'Changes (JSON)',
			{ name: 'Christmas Day' },
			'The fields to change, as Intercom names them',
		),
	],
	body: (context, itemIndex) => readJsonObject(context, itemIndex, 'definition'),
	since: '2.16',
});
