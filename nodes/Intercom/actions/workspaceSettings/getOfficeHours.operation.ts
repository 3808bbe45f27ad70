import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/getofficehoursschedule */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Office Hours Schedule',
		action: 'Get an office hours schedule',
		description: 'Get an office hours schedule with its intervals',
	},
	method: 'GET',
	path: '/office_hours_schedules/{scheduleId}',
	fields: [pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules')],
	since: '2.16',
});
