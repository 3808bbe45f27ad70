import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { actingAdminField, tagIdField } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { CONVERSATION_ID } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Add Tag',
	action: 'Add a tag to a conversation',
	description: 'Tag a conversation with an existing tag',
};

export const description: INodeProperties[] = [conversationRLC(), tagIdField, actingAdminField];

export const tool: ToolUse = { arguments: { conversation: CONVERSATION_ID } };

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const conversationId = conversationIdOf(this, itemIndex);
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'POST',
		path: `/conversations/${conversationId}/tags`,
		body: { id: tagId, admin_id: await readActingAdmin(this, itemIndex) },
		itemIndex,
		// Tagging twice leaves one tag.
		retryable: true,
	});
}
