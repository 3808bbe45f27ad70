import { endpointOperation, idField, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/deleteofficehoursexception */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Delete Office Hours Exception',
		action: 'Delete an office hours exception',
		description: 'Remove a holiday or special hours',
	},
	method: 'DELETE',
	path: '/office_hours_schedules/{scheduleId}/office_hours_exceptions/{exceptionId}',
	fields: [
		pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules'),
		idField('exceptionId', 'Exception ID'),
	],
	since: '2.16',
});
