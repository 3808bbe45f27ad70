import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { simplifyField } from '../../descriptions/simplify';
import { findContact } from '../../lookups/contact';
import { simplifyContact } from './simplify';
import type { OperationOption } from '../operation';
import { readBoolean } from '../../parameters/read';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a contact',
	description: 'Get a contact by Intercom ID, external ID or email',
};

export const description: INodeProperties[] = [contactRLC(), simplifyField];

export const tool: ToolUse = {
	arguments: {
		contact:
			"The contact's Intercom ID: 24 hexadecimal characters, e.g. 6762f0d51bb69f9f2193bb7f (with the field's mode By Intercom ID)",
	},
};

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const contact: Intercom.Contact = await findContact(this, itemIndex);
	return simplify ? simplifyContact(contact) : contact;
}
