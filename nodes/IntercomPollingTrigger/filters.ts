import type { Intercom } from 'intercom-client';
import type { INodeProperties } from 'n8n-workflow';

import { eventsOf } from './events';
import type { PolledResource } from './sources';

export interface PollingFilters {
	role?: string;
	state?: string;
	open?: boolean;
}

/** Narrows what a poll watches; companies have no search, so no filters. */
export const filtersProperty: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	displayOptions: {
		show: { event: [...eventsOf('contact'), ...eventsOf('conversation'), ...eventsOf('ticket')] },
	},
	options: [
		{
			displayName: 'Open',
			name: 'open',
			type: 'boolean',
			default: true,
			description: 'Whether to watch only open tickets (on) or only closed ones (off)',
			displayOptions: { show: { '/event': eventsOf('ticket') } },
		},
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			options: [
				{ name: 'Lead', value: 'lead' },
				{ name: 'User', value: 'user' },
			],
			default: 'user',
			displayOptions: { show: { '/event': eventsOf('contact') } },
		},
		{
			displayName: 'State',
			name: 'state',
			type: 'options',
			options: [
				{ name: 'Closed', value: 'closed' },
				{ name: 'Open', value: 'open' },
				{ name: 'Snoozed', value: 'snoozed' },
			],
			default: 'open',
			displayOptions: { show: { '/event': eventsOf('conversation') } },
		},
	],
};

/** The search filters for the resource, ignoring values left over from another resource. */
export function searchFilters(
	resource: PolledResource,
	filters: PollingFilters,
): Intercom.SingleFilterSearchRequest[] {
	const searched: Intercom.SingleFilterSearchRequest[] = [];
	if (resource === 'contact' && filters.role)
		searched.push({ field: 'role', operator: '=', value: filters.role });
	if (resource === 'conversation' && filters.state) {
		searched.push({ field: 'state', operator: '=', value: filters.state });
	}
	if (resource === 'ticket' && filters.open !== undefined) {
		// The search schema takes booleans as the strings "true" and "false".
		searched.push({ field: 'open', operator: '=', value: String(filters.open) });
	}
	return searched;
}
