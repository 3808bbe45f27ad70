import type { IExecuteFunctions } from 'n8n-workflow';

import { toUnixSeconds } from '../../parameters/dates';
import { readDate, readTextList } from '../../parameters/read';
import { endpointOperation } from '../endpoint';

function unixSeconds(context: IExecuteFunctions, itemIndex: number, name: string, label: string) {
	const value = readDate(context, itemIndex, name);
	return value === '' ? undefined : toUnixSeconds(value, label, context.getNode(), itemIndex);
}

/** Reads only. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/admins/searchactivitylogs */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Search Activity Logs',
		action: 'Search the activity logs',
		description: 'Teammate activity of the chosen types in a time range',
	},
	method: 'POST',
	path: '/admins/activity_logs/search',
	fields: [
		{ displayName: 'From', name: 'createdAfter', type: 'dateTime', default: '', required: true },
		{ displayName: 'To', name: 'createdBefore', type: 'dateTime', default: '' },
		{
			displayName: 'Event Types',
			name: 'eventTypes',
			type: 'string',
			default: '',
			placeholder: 'admin_login_success, app_data_export',
			description: 'Comma-separated types (Get Activity Log Event Types lists them); empty for all',
		},
	],
	body: (context, itemIndex) => {
		const before = unixSeconds(context, itemIndex, 'createdBefore', 'To');
		const types = readTextList(context, itemIndex, 'eventTypes');
		return {
			created_at_after: unixSeconds(context, itemIndex, 'createdAfter', 'From') ?? 0,
			...(before !== undefined ? { created_at_before: before } : {}),
			...(types.length > 0 ? { event_types: types } : {}),
		};
	},
	since: '2.16',
	retryable: true,
});
