import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { contactIdentityFields, contactOptionalFields } from './fields';
import { contactRLC } from '../../descriptions/contactRLC';
import { customAttributesField } from '../../descriptions/customAttributes';
import type { ContactFieldValues } from './body';
import { buildContactBody } from './body';
import { resolveContactId } from '../../lookups/contact';
import { getConnection, intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readCollection } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a contact',
	description: 'Change the fields and custom attributes of a contact',
};

export const description: INodeProperties[] = [
	contactRLC(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...contactIdentityFields, ...contactOptionalFields].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	},
	customAttributesField('contact'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Contact> {
	const { apiVersion } = await getConnection(this);
	const fields = readCollection<ContactFieldValues>(this, itemIndex, 'updateFields');
	const body = buildContactBody(this, itemIndex, fields, apiVersion, 'updateFields');
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'"Update Fields" and "Custom Attributes" are empty: nothing to update',
			{
				itemIndex,
			},
		);
	}
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Contact>(this, {
		method: 'PUT',
		path: `/contacts/${encodeURIComponent(contactId)}`,
		body: body as IDataObject,
		itemIndex,
	});
}
