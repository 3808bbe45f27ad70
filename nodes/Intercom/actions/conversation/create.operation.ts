import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { contactRLC } from '../../descriptions/contactRLC';
import { attachmentOptions, readAttachments } from '../../parameters/attachments';
import { readCollection, readLocator, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import { checkContactId, findContact, resolveContactId } from '../../lookups/contact';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create a conversation',
	description: 'Start a conversation as if a contact wrote in',
};

export const description: INodeProperties[] = [
	contactRLC({ description: 'The contact who writes in: by Intercom ID, external ID or email' }),
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'The message, as plain text (Intercom does not take HTML here)',
	},
	optionsCollection([
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			description: 'Subject line, for a conversation that arrives as an email',
		},
		attachmentOptions[0],
	]),
];

/**
 * A contact-initiated conversation; Intercom answers with the message and its `conversation_id`. Not repeated after
 * a lost answer: it would open the conversation twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/createconversation
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Message> {
	const body = readText(this, itemIndex, 'body', { required: true });
	const options = readCollection<{
		subject?: string;
		attachmentUrls?: string;
	}>(this, itemIndex, 'options');
	const attachments = await readAttachments(this, itemIndex, { attachmentUrls: options.attachmentUrls });
	const { mode } = readLocator(
		this,
		itemIndex,
		'contact',
		'choose a contact or give its ID, external ID or email',
	);
	const from =
		mode === 'id' || mode === 'list'
			? {
					type: 'contact',
					id: checkContactId(this, itemIndex, 'contact', await resolveContactId(this, itemIndex)),
				}
			: await findContact(this, itemIndex).then((contact) => ({ type: contact.role, id: contact.id }));
	return await intercomApiRequest<Intercom.Message>(this, {
		method: 'POST',
		path: '/conversations',
		body: { from, body, ...(options.subject ? { subject: options.subject } : {}), ...attachments },
		itemIndex,
	});
}
