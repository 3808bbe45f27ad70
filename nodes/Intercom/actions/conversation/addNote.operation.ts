import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { actingAdminField } from '../../descriptions/pickers';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { CONVERSATION_ID, messageText } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Add Note',
	action: 'Add a note to a conversation',
	description: 'Leave a note on a conversation that only teammates see',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	{
		displayName: 'Note',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'Text of the note; simple HTML such as <p>, <b> and <a> is kept',
	},
	actingAdminField,
];

export const tool: ToolUse = {
	arguments: {
		conversation: CONVERSATION_ID,
		body: messageText('The note for the team, never shown to the customer'),
	},
};

/** A note is a reply of type note; it is not repeated after a lost answer. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	const body = readText(this, itemIndex, 'body', { required: true });
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'POST',
		path: `/conversations/${conversationId}/reply`,
		body: { message_type: 'note', type: 'admin', admin_id: await readActingAdmin(this, itemIndex), body },
		itemIndex,
	});
}
