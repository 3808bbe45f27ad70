import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { simplifyField } from '../../descriptions/simplify';
import { findContact } from '../../lookups/contact';
import { simplifyContact } from './simplify';
import type { OperationOption } from '../operation';
import { readBoolean } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a contact',
	description: 'Get a contact by Intercom ID, external ID or email',
};

export const description: INodeProperties[] = [contactRLC(), simplifyField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const contact: Intercom.Contact = await findContact(this, itemIndex);
	return simplify ? simplifyContact(contact) : contact;
}
