import { definitionBody, definitionField, endpointOperation } from '../endpoint';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/createofficehoursschedule */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Create Office Hours Schedule',
		action: 'Create an office hours schedule',
		description: 'Create an office hours schedule from its definition',
	},
	method: 'POST',
	path: '/office_hours_schedules',
	fields: [
		definitionField(
			'definition',
			'Definition (JSON)',
			{
				name: 'Support hours',
				time_zone_name: 'Europe/Dublin',
				time_intervals: [{ start_minute: 540, end_minute: 1020 }],
			},
			"The schedule as Intercom describes it: name, time_zone_name and time_intervals, each interval's start_minute and end_minute counted from Monday 00:00 (0 to 10080)",
		),
	],
	body: definitionBody(['name', 'time_zone_name', 'time_intervals']),
	since: '2.16',
});
