import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/deleteofficehoursschedule */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Delete Office Hours Schedule',
		action: 'Delete an office hours schedule',
		description: 'Delete an office hours schedule',
	},
	method: 'DELETE',
	path: '/office_hours_schedules/{scheduleId}',
	fields: [pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules')],
	since: '2.16',
});
