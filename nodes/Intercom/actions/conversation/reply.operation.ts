import type { Intercom } from 'intercom-client';
import { randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { actingAdminField, readActingAdmin } from '../../parameters/actingAdmin';
import { attachmentOptions, readAttachments } from '../../parameters/attachments';
import { readCollection, readOption, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from './lookup';
import { contactReference } from './participant';

export const option: OperationOption = {
	name: 'Reply',
	action: 'Reply to a conversation',
	description: 'Reply as a teammate (a message or a note) or as the contact, with attachments',
};

/** The fields of a reply, shared with Ticket › Reply. */
export const replyFields: INodeProperties[] = [
	{
		displayName: 'Reply As',
		name: 'replyAs',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'admin', description: 'A teammate writes to the contact, or leaves a note' },
			{ name: 'Contact', value: 'contact', description: 'The message arrives as if the contact wrote it' },
		],
		default: 'admin',
	},
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		options: [
			{ name: 'Comment', value: 'comment', description: 'A message the contact sees' },
			{ name: 'Note', value: 'note', description: 'Visible to teammates only' },
			{
				name: 'Quick Reply',
				value: 'quick_reply',
				description: 'Buttons the contact picks an answer from in the Messenger',
			},
		],
		default: 'comment',
		displayOptions: { show: { replyAs: ['admin'] } },
	},
	{
		displayName: 'Quick Reply Options',
		name: 'quickReplyOptions',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Yes, No, Talk to a person',
		description: 'Comma-separated answers shown as buttons',
		displayOptions: { show: { replyAs: ['admin'], messageType: ['quick_reply'] } },
	},
	{ ...actingAdminField, displayOptions: { show: { replyAs: ['admin'] } } },
	{
		...contactRLC({ description: 'The contact replying: by Intercom ID, external ID or email' }),
		displayOptions: { show: { replyAs: ['contact'] } },
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'The text of the reply (required, except for a quick reply); notes keep simple HTML',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: attachmentOptions,
	},
];

export const description: INodeProperties[] = [conversationRLC(), ...replyFields];

/** The body of a reply from the Reply As, Message Type, Acting Admin or Contact, Body and attachment fields. */
export async function readReply(context: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const asContact = readOption<'admin' | 'contact'>(context, itemIndex, 'replyAs') === 'contact';
	const messageType = asContact ? 'comment' : readOption<string>(context, itemIndex, 'messageType');
	const text =
		messageType === 'quick_reply'
			? readText(context, itemIndex, 'body')
			: readText(context, itemIndex, 'body', { required: true });
	const quickReplies = messageType === 'quick_reply' ? readQuickReplies(context, itemIndex) : undefined;
	const attachments = await readAttachments(
		context,
		itemIndex,
		readCollection<IDataObject>(context, itemIndex, 'options'),
	);
	const author = asContact
		? { message_type: 'comment', type: 'user', ...contactReference(context, itemIndex) }
		: {
				message_type: messageType,
				type: 'admin',
				admin_id: await readActingAdmin(context, itemIndex),
				...(quickReplies ? { reply_options: quickReplies } : {}),
			};
	return { ...author, ...(text ? { body: text } : {}), ...attachments };
}

/** Intercom wants each quick reply option with a UUID of its own. */
function readQuickReplies(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const texts = readText(context, itemIndex, 'quickReplyOptions')
		.split(',')
		.map((text) => text.trim())
		.filter(Boolean);
	if (texts.length === 0) {
		throw new NodeOperationError(
			context.getNode(),
			'"Quick Reply Options" is empty: give at least one answer',
			{
				itemIndex,
			},
		);
	}
	return texts.map((text) => ({ text, uuid: randomUUID() }));
}

/**
 * A reply is not repeated after a lost answer: it would be posted twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/replyconversation
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'POST',
		path: `/conversations/${conversationId}/reply`,
		body: await readReply(this, itemIndex),
		itemIndex,
	});
}
