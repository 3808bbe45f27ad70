import { readNumber } from '../../parameters/read';
import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/teams/getteammetrics */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Metrics',
		action: 'Get the metrics of a team',
		description: "Each teammate's open, idle and snoozed conversations right now",
	},
	method: 'GET',
	path: '/teams/{teamId}/metrics',
	fields: [
		{
			displayName: 'Team Name or ID',
			name: 'teamId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTeams' },
			default: '',
			required: true,
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		{
			displayName: 'Idle Threshold (Seconds)',
			name: 'idleThreshold',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'How long a conversation waits for a reply before it counts as idle; 0 for Intercom’s default',
		},
	],
	qs: (context, itemIndex) => {
		const threshold = readNumber(context, itemIndex, 'idleThreshold');
		return threshold > 0 ? { idle_threshold: threshold } : {};
	},
	list: {},
	since: '2.16',
});
