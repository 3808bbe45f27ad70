import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { actingAdminField, readActingAdmin } from '../../parameters/actingAdmin';
import { attachmentOptions, readAttachments } from '../../parameters/attachments';
import { requiredString } from '../../parameters/text';
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
		],
		default: 'comment',
		displayOptions: { show: { replyAs: ['admin'] } },
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
		required: true,
		description: 'The text of the reply; notes keep simple HTML',
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
	const text = requiredString(context, itemIndex, 'body', 'Body');
	const attachments = await readAttachments(
		context,
		itemIndex,
		context.getNodeParameter('options', itemIndex, {}) as IDataObject,
	);
	const author =
		context.getNodeParameter('replyAs', itemIndex) === 'contact'
			? { message_type: 'comment', type: 'user', ...contactReference(context, itemIndex) }
			: {
					message_type: context.getNodeParameter('messageType', itemIndex) as string,
					type: 'admin',
					admin_id: await readActingAdmin(context, itemIndex),
				};
	return { ...author, body: text, ...attachments };
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
