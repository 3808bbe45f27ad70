import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toUnixSeconds } from '../../parameters/dates';
import { readDate, readNumber, readText } from '../../parameters/read';
import { endpointOperation } from '../endpoint';

function seconds(context: IExecuteFunctions, itemIndex: number, name: string, label: string): number {
	return toUnixSeconds(readDate(context, itemIndex, name), label, context.getNode(), itemIndex);
}

/**
 * A count of past events in one call, for history kept elsewhere. Not repeated after a lost answer: the count would
 * be added twice. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/data-events/dataeventsummaries
 */
export const { option, description, execute } = endpointOperation({
	option: {
		name: 'Submit Summary',
		action: 'Submit an event summary',
		description: 'Record how many times a user did something, between a first and a last time',
	},
	method: 'POST',
	path: '/events/summaries',
	fields: [
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			default: '',
			required: true,
			description: 'Your ID for the user (their external ID)',
		},
		{
			displayName: 'Event Name',
			name: 'eventName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'invited-friend',
			description: 'A past-tense verb-noun, as for tracked events',
		},
		{
			displayName: 'Count',
			name: 'count',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'How many times it happened',
		},
		{ displayName: 'First', name: 'first', type: 'dateTime', default: '', required: true },
		{ displayName: 'Last', name: 'last', type: 'dateTime', default: '', required: true },
	],
	body: (context, itemIndex) => {
		const first = seconds(context, itemIndex, 'first', 'First');
		const last = seconds(context, itemIndex, 'last', 'Last');
		if (last < first) {
			throw new NodeOperationError(context.getNode(), '"Last" is before "First"', { itemIndex });
		}
		return {
			user_id: readText(context, itemIndex, 'userId', { required: true }),
			event_summaries: {
				event_name: readText(context, itemIndex, 'eventName', { required: true }),
				count: readNumber(context, itemIndex, 'count'),
				first,
				last,
			},
		};
	},
});
