import { readJsonObject } from '../../parameters/read';

import { definitionField, endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/updateofficehoursschedule */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Update Office Hours Schedule',
		action: 'Update an office hours schedule',
		description: "Change a schedule's name, time zone or intervals",
	},
	method: 'PUT',
	path: '/office_hours_schedules/{scheduleId}',
	fields: [
		pickerField('scheduleId', 'Schedule', 'getOfficeHoursSchedules'),
		definitionField(
			'definition',
			'Changes (JSON)',
			{ time_intervals: [{ start_minute: 480, end_minute: 1080 }] },
			'The fields to change, as Intercom names them: name, time_zone_name, time_intervals',
		),
	],
	body: (context, itemIndex) => readJsonObject(context, itemIndex, 'definition'),
	since: '2.16',
});
