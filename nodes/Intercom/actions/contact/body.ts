import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sendsIdsAsStrings } from '../../transport';
import { readCustomAttributes } from '../../parameters/customAttributes';
import { toUnixSeconds } from '../../parameters/dates';
import { integerId, memberSite } from '../../parameters/read';

/** What create, update and upsert send; `owner_id` is an integer up to 2.15 and a string from 2.16. */
export type ContactWrite = Omit<Intercom.UpdateContactRequest, 'contact_id' | 'owner_id'> & {
	owner_id?: number | string;
};

export interface ContactFieldValues {
	role?: string;
	email?: string;
	externalId?: string;
	name?: string;
	phone?: string;
	avatar?: string;
	signedUpAt?: unknown;
	lastSeenAt?: unknown;
	ownerId?: string | number;
	unsubscribedFromEmails?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Turns the node's field values into Intercom's contact body, checking formats before anything is sent. */
export function buildContactBody(
	context: IExecuteFunctions,
	itemIndex: number,
	fields: ContactFieldValues,
	apiVersion: string,
	collection: 'additionalFields' | 'updateFields',
): ContactWrite {
	const node = context.getNode();
	const body: ContactWrite = {};
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

	if (fields.role) body.role = fields.role;
	const email = text(fields.email);
	if (email) {
		if (typeof email !== 'string' || !EMAIL.test(email)) {
			throw new NodeOperationError(node, `"Email" is not an email address: ${String(email)}`, { itemIndex });
		}
		body.email = email;
	}
	const externalId = text(fields.externalId);
	if (externalId !== undefined && externalId !== '') body.external_id = String(externalId);
	for (const key of ['name', 'phone', 'avatar'] as const) {
		const value = text(fields[key]);
		if (value !== undefined && value !== '') body[key] = String(value);
	}
	if (fields.signedUpAt)
		body.signed_up_at = toUnixSeconds(fields.signedUpAt, 'Signed Up At', node, itemIndex);
	if (fields.lastSeenAt)
		body.last_seen_at = toUnixSeconds(fields.lastSeenAt, 'Last Seen At', node, itemIndex);
	if (fields.ownerId !== undefined && fields.ownerId !== '') {
		const ownerId = integerId(fields.ownerId, memberSite(context, itemIndex, collection, 'ownerId'));
		body.owner_id = sendsIdsAsStrings(apiVersion) ? ownerId : Number(ownerId);
	}
	if (fields.unsubscribedFromEmails !== undefined)
		body.unsubscribed_from_emails = fields.unsubscribedFromEmails;

	const customAttributes = readCustomAttributes(context, itemIndex);
	if (customAttributes) body.custom_attributes = customAttributes;
	return body;
}
