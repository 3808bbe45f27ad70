import type { INodeProperties } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';

export const roleField: INodeProperties = {
	displayName: 'Role',
	name: 'role',
	type: 'options',
	options: [
		{ name: 'User', value: 'user', description: 'A known customer, usually with an external ID' },
		{ name: 'Lead', value: 'lead', description: 'A prospect who has not signed up yet' },
	],
	default: 'user',
};

/** Optional contact fields shared by Create, Update and Upsert. */
export const contactOptionalFields: INodeProperties[] = [
	{
		displayName: 'Avatar URL',
		name: 'avatar',
		type: 'string',
		default: '',
		description: 'URL of an image of the contact',
	},
	{
		displayName: 'Last Seen At',
		name: 'lastSeenAt',
		type: 'dateTime',
		default: '',
		description: 'When the contact was last seen (sent to Intercom as Unix seconds)',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	adminPicker({ displayName: 'Owner', name: 'ownerId', purpose: 'Teammate who owns the contact' }),
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: '+353 1 234 5678' },
	{
		displayName: 'Signed Up At',
		name: 'signedUpAt',
		type: 'dateTime',
		default: '',
		description: 'When the contact signed up (sent to Intercom as Unix seconds)',
	},
	{
		displayName: 'Unsubscribed From Emails',
		name: 'unsubscribedFromEmails',
		type: 'boolean',
		default: false,
		description: 'Whether the contact has unsubscribed from emails',
	},
];

export const contactIdentityFields: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Email of the contact. A new contact needs an email, an external ID, or both.',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description:
			'Your own unique ID for the contact, e.g. its ID in your CRM. A new contact needs an email, an external ID, or both.',
	},
	{ ...roleField, default: 'user' },
];
