import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { actingAdminField } from '../../descriptions/pickers';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { manageConversation } from './manage';
import { readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Close',
	action: 'Close a conversation',
	description: 'Close a conversation, optionally with a closing message',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	actingAdminField,
	{
		displayName: 'Message',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Optional closing message the contact sees',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	const body = readText(this, itemIndex, 'body');
	return await manageConversation(this, itemIndex, conversationId, {
		message_type: 'close',
		type: 'admin',
		admin_id: await readActingAdmin(this, itemIndex),
		...(body ? { body } : {}),
	});
}
