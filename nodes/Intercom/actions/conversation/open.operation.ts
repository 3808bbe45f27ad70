import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { actingAdminField } from '../../descriptions/pickers';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { manageConversation } from './manage';

export const option: OperationOption = {
	name: 'Open',
	action: 'Open a conversation',
	description: 'Reopen a closed or snoozed conversation',
};

export const description: INodeProperties[] = [conversationRLC(), actingAdminField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	return await manageConversation(this, itemIndex, conversationId, {
		message_type: 'open',
		admin_id: await readActingAdmin(this, itemIndex),
	});
}
