import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { contactIdentityFields, contactOptionalFields } from './fields';
import { customAttributesField } from '../../descriptions/customAttributes';
import type { ContactFieldValues } from './body';
import { buildContactBody } from './body';
import { getConnection, intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readCollection, readOption, readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a user or a lead, identified by email or external ID',
};

export const description: INodeProperties[] = [
	...contactIdentityFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: contactOptionalFields,
	},
	customAttributesField('contact'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Contact> {
	const { apiVersion } = await getConnection(this);
	const fields: ContactFieldValues = {
		role: readOption<string>(this, itemIndex, 'role'),
		email: readText(this, itemIndex, 'email', { keepSpaces: true }),
		externalId: readText(this, itemIndex, 'externalId', { keepSpaces: true }),
		...readCollection<ContactFieldValues>(this, itemIndex, 'additionalFields'),
	};
	const body = buildContactBody(this, itemIndex, fields, apiVersion, 'additionalFields');
	if (!body.email && !body.external_id) {
		throw new NodeOperationError(this.getNode(), 'Creating a contact needs an "Email" or an "External ID"', {
			description: 'A contact without either cannot be found again and becomes an orphan lead.',
			itemIndex,
		});
	}
	// A create is never repeated after a 5xx or a dropped connection: it could add the contact twice. Use Upsert for that.
	return await intercomApiRequest<Intercom.Contact>(this, {
		method: 'POST',
		path: '/contacts',
		body: body as IDataObject,
		itemIndex,
	});
}
