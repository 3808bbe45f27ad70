import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { contactIdentityFields, contactOptionalFields } from '../../descriptions/contactFields';
import { contactRLC } from '../../descriptions/contactRLC';
import { customAttributesField } from '../../descriptions/customAttributes';
import type { ContactFieldValues } from '../../helpers/contactBody';
import { buildContactBody } from '../../helpers/contactBody';
import { resolveContactId } from '../../helpers/contacts';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { getConnection, intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
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

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['update'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Contact> {
	const { apiVersion } = await getConnection(this);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as ContactFieldValues;
	const body = buildContactBody(this, itemIndex, fields, apiVersion);
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Nothing to update: add at least one field or custom attribute',
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
