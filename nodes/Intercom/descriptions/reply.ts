import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from './options';
import { actingAdminField } from './pickers';
import { attachmentOptions } from '../parameters/attachments';
import { contactRLC } from './contactRLC';

/** The fields of a reply to a conversation or a ticket. */
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
	optionsCollection(attachmentOptions),
];
