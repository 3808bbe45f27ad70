import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { contactOptionalFields, roleField } from './fields';
import { customAttributesField } from '../../descriptions/customAttributes';
import type { ContactFieldValues, ContactWrite } from './body';
import { buildContactBody } from './body';
import { getConnection, intercomApiRequest, IntercomApiError } from '../../transport';
import type { OperationOption } from '../operation';
import { readCollection, readOption, readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Create or Update',
	action: 'Create or update a contact',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Match On',
		name: 'matchOn',
		type: 'options',
		options: [
			{
				name: 'External ID',
				value: 'externalId',
				description: 'Your own unique ID, e.g. the CRM ID (recommended)',
			},
			{ name: 'Email', value: 'email' },
		],
		default: 'externalId',
		description: 'Which identifier decides whether the contact already exists',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		required: true,
		description: 'Your own unique ID for the contact, e.g. its ID in your CRM',
		displayOptions: { show: { matchOn: ['externalId'] } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		displayOptions: { show: { matchOn: ['email'] } },
	},
	roleField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				displayOptions: { show: { '/matchOn': ['externalId'] } },
			},
			{
				displayName: 'External ID',
				name: 'externalId',
				type: 'string',
				default: '',
				displayOptions: { show: { '/matchOn': ['email'] } },
			},
			...contactOptionalFields,
		],
	},
	customAttributesField('contact'),
];

/**
 * Intercom answers a duplicate create with 409 "A contact matching those details already exists with id=…"
 * (the archived variant names the id as well); that id is the contact to update.
 * https://developers.intercom.com/docs/references/2.1/rest-api/contacts/create-contact
 */
function existingContactId(error: unknown): { id: string; archived: boolean } | undefined {
	if (!(error instanceof IntercomApiError) || error.intercom.statusCode !== 409) return undefined;
	const { message } = error.intercom;
	const id = /id=([A-Za-z0-9_-]+)/.exec(message ?? '')?.[1];
	return id ? { id, archived: /archived/i.test(message ?? '') } : undefined;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Contact> {
	const { apiVersion } = await getConnection(this);
	const matchOn = readOption<'externalId' | 'email'>(this, itemIndex, 'matchOn');
	const fields: ContactFieldValues = {
		...readCollection<ContactFieldValues>(this, itemIndex, 'additionalFields'),
		role: readOption<string>(this, itemIndex, 'role'),
		[matchOn]: readText(this, itemIndex, matchOn),
	};
	const body = buildContactBody(this, itemIndex, fields, apiVersion, 'additionalFields');
	const key = matchOn === 'externalId' ? body.external_id : body.email;
	if (!key) {
		throw new NodeOperationError(
			this.getNode(),
			`"${matchOn === 'externalId' ? 'External ID' : 'Email'}" is empty: Upsert matches contacts on it`,
			{ itemIndex },
		);
	}

	try {
		// Safe to repeat after a dropped connection: if the first attempt created the contact, the repeat gets a 409
		// and becomes an update of it.
		return await intercomApiRequest<Intercom.Contact>(this, {
			method: 'POST',
			path: '/contacts',
			body: body as IDataObject,
			itemIndex,
			retryable: true,
		});
	} catch (error) {
		const existing = existingContactId(error);
		if (!existing) throw new NodeApiError(this.getNode(), error as JsonObject);
		if (existing.archived) {
			await intercomApiRequest(this, {
				method: 'POST',
				path: `/contacts/${existing.id}/unarchive`,
				itemIndex,
				retryable: true,
			});
		}
		return await intercomApiRequest<Intercom.Contact>(this, {
			method: 'PUT',
			path: `/contacts/${existing.id}`,
			body: updateBody(body) as IDataObject,
			itemIndex,
		});
	}
}

/** A user cannot be turned back into a lead, so an update never sends `role: lead`. */
function updateBody(body: ContactWrite): ContactWrite {
	if (body.role !== 'lead') return body;
	const rest = { ...body };
	delete rest.role;
	return rest;
}
