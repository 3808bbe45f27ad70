import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/admins/listactivitylogeventtypes */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Activity Log Event Types',
		action: 'Get the activity log event types',
		description: 'The kinds of teammate activity Search Activity Logs can filter on',
	},
	method: 'GET',
	path: '/admins/activity_log_event_types',
	since: '2.16',
});
