import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { simplifyField } from '../../descriptions/simplify';
import { findContact } from '../../helpers/contacts';
import { simplifyContact } from '../../helpers/simplify';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [contactRLC(), simplifyField];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object> {
	const contact: Intercom.Contact = await findContact(this, itemIndex);
	return this.getNodeParameter('simplify', itemIndex, false) ? simplifyContact(contact) : contact;
}
