import { definitionBody, definitionField, endpointOperation, pickerField } from '../endpoint';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/createofficehoursexception */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Create Office Hours Exception',
		action: 'Create an office hours exception',
		description: 'Add a holiday or special hours to a schedule',
	},
	method: 'POST',
	path: '/office_hours_schedules/{scheduleId}/office_hours_exceptions',
	fields: [
		pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules'),
		definitionField(
			'definition',
			'Definition (JSON)',
			{ exception_date: '2026-12-25', exception_type: 'closed', name: 'Christmas', recurring_annually: true },
			'The exception as Intercom describes it: exception_date (YYYY-MM-DD), exception_type (closed or custom_hours), name, time_intervals (minutes from midnight, 0 to 1440), recurring_annually',
		),
	],
	body: definitionBody(['exception_date', 'exception_type'], { exception_type: ['closed', 'custom_hours'] }),
	since: '2.16',
});
