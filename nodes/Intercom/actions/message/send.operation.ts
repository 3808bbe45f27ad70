import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { adminPicker } from '../../descriptions/pickers';
import { contactRLC } from '../../descriptions/contactRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { readCollection, readOption, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { findContact } from '../../lookups/contact';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Send',
	action: 'Send a message',
	description: 'Send an in-app or email message from a teammate to a contact',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		options: [
			{ name: 'In-App', value: 'in_app', description: 'Shown in the Messenger on your site or app' },
			{ name: 'Email', value: 'email' },
		],
		default: 'in_app',
	},
	contactRLC({
		displayName: 'To',
		description: 'The contact who receives the message: by Intercom ID, external ID or email',
	}),
	adminPicker({ displayName: 'From', purpose: 'The teammate the message comes from', tokenOwnerFirst: true }),
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { messageType: ['email'] } },
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'The message; HTML and plain text are both accepted',
	},
	{
		displayName: 'Template',
		name: 'template',
		type: 'options',
		options: [
			{ name: 'Personal', value: 'personal', description: 'Looks like a note from the teammate' },
			{ name: 'Plain', value: 'plain', description: 'Plain text, no Intercom styling' },
		],
		default: 'plain',
		displayOptions: { show: { messageType: ['email'] } },
	},
	optionsCollection([
		{
			displayName: 'Create Conversation Without Reply',
			name: 'createConversation',
			type: 'boolean',
			default: false,
			description:
				'Whether to open a conversation in the inbox at once, without waiting for the contact to reply, so that the workflow can go on with its conversation_id',
		},
	]),
];

/**
 * An admin-initiated message. Intercom wants the recipient's role beside its id, so the contact is read first.
 * Not repeated after a lost answer: the contact would get it twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/messages/createmessage
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Message> {
	const node = this.getNode();
	const messageType = readOption<'in_app' | 'email'>(this, itemIndex, 'messageType');
	const body = readText(this, itemIndex, 'body', { required: true });
	const email: IDataObject =
		messageType === 'email'
			? {
					subject: readText(this, itemIndex, 'subject', { required: true }),
					template: readOption<string>(this, itemIndex, 'template'),
				}
			: {};
	const { createConversation = false } = readCollection<{
		createConversation?: boolean;
	}>(this, itemIndex, 'options');
	const adminId = Number(await readActingAdmin(this, itemIndex));
	if (!Number.isInteger(adminId)) {
		throw new NodeOperationError(node, '"From" must be an admin ID', { itemIndex });
	}
	const contact = await findContact(this, itemIndex);
	return await intercomApiRequest<Intercom.Message>(this, {
		method: 'POST',
		path: '/messages',
		body: {
			message_type: messageType,
			...email,
			body,
			from: { type: 'admin', id: adminId },
			to: { type: contact.role === 'lead' ? 'lead' : 'user', id: contact.id },
			...(createConversation ? { create_conversation_without_contact_reply: true } : {}),
		},
		itemIndex,
	});
}
