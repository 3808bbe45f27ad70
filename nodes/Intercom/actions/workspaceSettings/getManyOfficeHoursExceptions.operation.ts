import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/listofficehoursexceptions */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Office Hours Exceptions',
		action: 'Get the exceptions of an office hours schedule',
		description: 'List the holidays and special hours of a schedule',
	},
	method: 'GET',
	path: '/office_hours_schedules/{scheduleId}/office_hours_exceptions',
	fields: [pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules')],
	list: {},
	since: '2.16',
});
