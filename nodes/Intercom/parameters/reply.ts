import { randomUUID } from 'node:crypto';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readActingAdmin } from './actingAdmin';
import { readAttachments } from './attachments';
import { contactReference } from './contactReference';
import { readCollection, readOption, readText } from './read';

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
