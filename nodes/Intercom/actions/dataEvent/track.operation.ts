import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { contactRLC } from '../../descriptions/contactRLC';
import { toUnixSeconds } from '../../parameters/dates';
import { readDate, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { eventContactKey } from './contactKey';
import { allowSensitiveOption, metadataField, metadataJsonOption, readMetadata } from './metadata';
import { CONTACT_EMAIL } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Track',
	action: 'Track an event',
	description: 'Record that a contact did something in your product, with details',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. ordered-item',
		description: 'A past-tense verb and noun reads best in Intercom, such as "updated-plan"',
	},
	contactRLC({ description: 'Who did it: by Intercom ID (needed for leads), external ID or email' }),
	{
		displayName: 'Occurred At',
		name: 'createdAt',
		type: 'dateTime',
		default: '',
		description:
			'When it happened; empty means now. Intercom counts one event per contact, name and second, so a repeated run does not count twice.',
	},
	metadataField,
	optionsCollection([allowSensitiveOption, metadataJsonOption]),
];

export const tool: ToolUse = {
	arguments: {
		eventName: 'What the contact did, as a short name in lower case with hyphens, e.g. ordered-item',
		contact: `${CONTACT_EMAIL} (with the field's mode By Email)`,
	},
};

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const eventName = readText(this, itemIndex, 'eventName', { required: true });
	if (eventName.length > 255) {
		throw new NodeOperationError(this.getNode(), '"Event Name" is longer than 255 characters', { itemIndex });
	}
	const contact = eventContactKey(this, itemIndex, 'track');
	const rawCreatedAt = readDate(this, itemIndex, 'createdAt');
	const createdAt =
		rawCreatedAt === '' || rawCreatedAt === undefined || rawCreatedAt === null
			? Math.floor(Date.now() / 1000)
			: toUnixSeconds(rawCreatedAt, 'Occurred At', this.getNode(), itemIndex);
	const metadata = readMetadata(this, itemIndex);
	const event = {
		event_name: eventName,
		created_at: createdAt,
		...contact,
		...(metadata ? { metadata } : {}),
	};
	await intercomApiRequest(this, {
		method: 'POST',
		path: '/events',
		body: event,
		itemIndex,
		// Intercom keeps one event per contact, name and created_at: sending it again cannot count it twice.
		retryable: true,
	});
	return { tracked: true, ...event };
}
