import { endpointOperation, idField, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/getofficehoursexception */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Office Hours Exception',
		action: 'Get an office hours exception',
		description: 'Get one holiday or special hours of a schedule',
	},
	method: 'GET',
	path: '/office_hours_schedules/{scheduleId}/office_hours_exceptions/{exceptionId}',
	fields: [
		pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules'),
		idField('exceptionId', 'Exception ID'),
	],
	since: '2.16',
});
