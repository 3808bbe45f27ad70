import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { intercomApiRequest, IntercomApiError } from '../transport';
import { fieldSite, readLocator } from '../parameters/read';
import { invalidValue } from '../parameters/values';

const LOCATOR_HINT = 'choose a contact or give its ID, external ID or email';

async function searchOne(
	context: IExecuteFunctions,
	field: 'email' | 'external_id',
	value: string,
	itemIndex: number,
): Promise<Intercom.Contact | undefined> {
	const result = await intercomApiRequest<Intercom.ContactList>(context, {
		method: 'POST',
		path: '/contacts/search',
		body: { query: { field, operator: '=', value }, pagination: { per_page: 10 } },
		itemIndex,
		retryable: true,
	});
	const matches = result.data ?? [];
	// A lead and a user can share an email; the user is the record integrations mean.
	return matches.find((contact) => contact.role === 'user') ?? matches[0];
}

function notFound(context: IExecuteFunctions, what: string, itemIndex: number): NodeOperationError {
	return new NodeOperationError(context.getNode(), `No Intercom contact has ${what}`, {
		description:
			'Contacts created in the last few minutes may not be searchable yet: Intercom indexes them with a delay.',
		itemIndex,
	});
}

/**
 * `find_by_external_id` answers for users only, so a lead with an external_id is looked up by search.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/showcontactbyexternalid
 */
async function findByExternalId(context: IExecuteFunctions, externalId: string, itemIndex: number) {
	try {
		return await intercomApiRequest<Intercom.Contact>(context, {
			method: 'GET',
			path: `/contacts/find_by_external_id/${encodeURIComponent(externalId)}`,
			itemIndex,
		});
	} catch (error) {
		if (!(error instanceof IntercomApiError) || error.intercom.statusCode !== 404) {
			throw new NodeApiError(context.getNode(), error as JsonObject);
		}
	}
	const lead = await searchOne(context, 'external_id', externalId, itemIndex);
	if (!lead) throw notFound(context, `external_id "${externalId}"`, itemIndex);
	return lead;
}

/** A contact by how it is named: `id` (Intercom's), `externalId` or `email`. */
export async function findContactBy(
	context: IExecuteFunctions,
	mode: string,
	value: string,
	itemIndex: number,
): Promise<Intercom.Contact> {
	if (mode === 'externalId') return await findByExternalId(context, value, itemIndex);
	if (mode === 'email') {
		const contact = await searchOne(context, 'email', value, itemIndex);
		if (!contact) throw notFound(context, `email "${value}"`, itemIndex);
		return contact;
	}
	return await intercomApiRequest<Intercom.Contact>(context, {
		method: 'GET',
		path: `/contacts/${encodeURIComponent(value)}`,
		itemIndex,
	});
}

/**
 * An Intercom contact id: 24 hexadecimal characters, as the description requires where a body carries one
 * (`from.id` of a new conversation).
 */
export function checkContactId(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	value: string,
): string {
	if (!/^[0-9a-f]{24}$/i.test(value)) {
		throw invalidValue(
			fieldSite(context, itemIndex, parameter),
			value,
			'an Intercom contact ID (24 hexadecimal characters)',
		);
	}
	return value;
}

/** The whole contact the locator parameter points at. */
export async function findContact(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter = 'contact',
): Promise<Intercom.Contact> {
	const { mode, value } = readLocator(context, itemIndex, parameter, LOCATOR_HINT);
	return await findContactBy(context, mode, value, itemIndex);
}

/** The Intercom id the locator parameter points at, without a call when it is one already. */
export async function resolveContactId(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter = 'contact',
): Promise<string> {
	const { mode, value } = readLocator(context, itemIndex, parameter, LOCATOR_HINT);
	if (mode === 'externalId' || mode === 'email') {
		return (await findContact(context, itemIndex, parameter)).id;
	}
	return value;
}
