import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { conversationRLC } from '../../descriptions/conversationRLC';
import { actingAdminField, tagIdField } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';

export const option: OperationOption = {
	name: 'Remove Tag',
	action: 'Remove a tag from a conversation',
	description: 'Take a tag off a conversation',
};

export const description: INodeProperties[] = [conversationRLC(), tagIdField, actingAdminField];

/** Intercom wants the acting admin in the body of this DELETE. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const conversationId = conversationIdOf(this, itemIndex);
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'DELETE',
		path: `/conversations/${conversationId}/tags/${encodeURIComponent(tagId)}`,
		body: { admin_id: await readActingAdmin(this, itemIndex) },
		itemIndex,
	});
}
