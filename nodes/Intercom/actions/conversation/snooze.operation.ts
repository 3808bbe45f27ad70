import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { actingAdminField } from '../../descriptions/pickers';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { toUnixSeconds } from '../../parameters/dates';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { manageConversation } from './manage';
import { readDate } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Snooze',
	action: 'Snooze a conversation',
	description: 'Snooze a conversation until a moment; it reopens then',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	{
		displayName: 'Snooze Until',
		name: 'snoozedUntil',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When the conversation reopens; it must lie in the future',
	},
	actingAdminField,
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const node = this.getNode();
	const conversationId = conversationIdOf(this, itemIndex);
	const raw = readDate(this, itemIndex, 'snoozedUntil');
	if (raw === '') {
		throw new NodeOperationError(node, '"Snooze Until" is empty', { itemIndex });
	}
	const until = toUnixSeconds(raw, 'Snooze Until', node, itemIndex);
	if (until <= Math.floor(Date.now() / 1000)) {
		throw new NodeOperationError(
			node,
			`"Snooze Until" is in the past: ${new Date(until * 1000).toISOString()}`,
			{
				description: 'A snoozed conversation reopens at this moment, so it must lie in the future.',
				itemIndex,
			},
		);
	}
	return await manageConversation(this, itemIndex, conversationId, {
		message_type: 'snoozed',
		admin_id: await readActingAdmin(this, itemIndex),
		snoozed_until: until,
	});
}
