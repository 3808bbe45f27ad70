import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { simplifyField } from '../../descriptions/simplify';
import { readBoolean, readText } from '../../parameters/read';
import type { OperationOption } from '../operation';
import { findContactBy } from '../../lookups/contact';
import { simplifyContact } from './simplify';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Find',
	action: 'Find a contact by email, external ID or Intercom ID',
	description:
		'Find one contact from a single value: an email address, your external ID, or an Intercom contact ID',
};

export const description: INodeProperties[] = [
	{
		// Named so that n8n names the model's argument "Contact" when the field is left to an AI agent.
		displayName: 'Contact',
		name: 'lookup',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. jane@example.com',
		description:
			'An email address (has an @), an Intercom contact ID (24 hexadecimal characters), or else your own external ID for the contact',
	},
	simplifyField,
];

export const tool: ToolUse = {
	arguments: {
		lookup: 'The email address, external ID or Intercom ID of the contact, e.g. jane@example.com',
	},
};

const INTERCOM_ID = /^[0-9a-f]{24}$/;

/** How the value names the contact, by its shape. */
export function lookupMode(value: string): 'email' | 'id' | 'externalId' {
	if (value.includes('@')) return 'email';
	return INTERCOM_ID.test(value) ? 'id' : 'externalId';
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const value = readText(this, itemIndex, 'lookup', { required: true });
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const contact: Intercom.Contact = await findContactBy(this, lookupMode(value), value, itemIndex);
	return simplify ? simplifyContact(contact) : contact;
}
