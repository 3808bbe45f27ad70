import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { attachmentOptions, readAttachments } from '../../parameters/attachments';
import { readLocator } from '../../parameters/locator';
import { requiredString } from '../../parameters/text';
import { intercomApiRequest } from '../../transport';
import { findContact } from '../contact/lookup';
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
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Subject',
				name: 'subject',
				type: 'string',
				default: '',
				description: 'Subject line, for a conversation that arrives as an email',
			},
			attachmentOptions[0],
		],
	},
];

/**
 * A contact-initiated conversation; Intercom answers with the message and its `conversation_id`. Not repeated after
 * a lost answer: it would open the conversation twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/createconversation
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Message> {
	const body = requiredString(this, itemIndex, 'body', 'Body');
	const options = this.getNodeParameter('options', itemIndex, {}) as {
		subject?: string;
		attachmentUrls?: string;
	};
	const attachments = await readAttachments(this, itemIndex, { attachmentUrls: options.attachmentUrls });
	const { mode, value } = readLocator(
		this,
		itemIndex,
		'contact',
		'choose a contact or give its ID, external ID or email',
	);
	const from =
		mode === 'id' || mode === 'list'
			? { type: 'contact', id: value }
			: await findContact(this, itemIndex).then((contact) => ({ type: contact.role, id: contact.id }));
	return await intercomApiRequest<Intercom.Message>(this, {
		method: 'POST',
		path: '/conversations',
		body: { from, body, ...(options.subject ? { subject: options.subject } : {}), ...attachments },
		itemIndex,
	});
}
