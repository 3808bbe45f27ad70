import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../Intercom/descriptions/options';
import { authenticationProperty } from '../Intercom/descriptions/authentication';
import { eventsOf, POLLED_EVENTS } from './events';
import { filtersProperty } from './filters';

export const pollingProperties: INodeProperties[] = [
	{
		displayName:
			'Polls Intercom on a schedule, for n8n instances that Intercom cannot reach. If yours can receive webhooks, the Intercom Trigger is faster and cheaper.',
		name: 'pollingNotice',
		type: 'notice',
		default: '',
	},
	authenticationProperty,
	{
		// "Trigger On" is the name n8n's node creator reads events from: each option shows as "On <name>".
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: POLLED_EVENTS.map(({ value, name, description }) => ({ name, value, description })),
		default: 'contactUpdated',
	},
	{
		displayName:
			'Intercom cannot search companies by date: each poll reads every company (one call per 50). Poll large workspaces less often.',
		name: 'companyNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { event: eventsOf('company') } },
	},
	filtersProperty,
	optionsCollection([
		{
			displayName: 'First Run Sample Size',
			name: 'sampleSize',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 150 },
			default: 10,
			description:
				"How many records the first poll after activation emits as examples (the rest of the workspace is not replayed); 0 emits none. Contacts and companies: the latest changed. Conversations and tickets: the first ones Intercom's search returns, since it cannot sort them.",
		},
		{
			displayName: 'Overlap (Minutes)',
			name: 'overlapMinutes',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 1440 },
			default: 5,
			description:
				"How far each poll looks back before the newest change it has seen, to catch records that reach Intercom's search late. Changes seen before are not emitted again.",
		},
	]),
];
