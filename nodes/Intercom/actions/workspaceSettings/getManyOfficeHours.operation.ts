import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/office-hours/listofficehoursschedules */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Office Hours Schedules',
		action: 'Get many office hours schedules',
		description: 'List the office hours schedules teams and workflows use',
	},
	method: 'GET',
	path: '/office_hours_schedules',
	list: {},
	since: '2.16',
});
