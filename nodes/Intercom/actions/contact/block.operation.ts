import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../lookups/contact';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Block',
	action: 'Block a contact',
	description: 'Block a contact: their conversations are closed and they can no longer message you',
};

export const description: INodeProperties[] = [contactRLC()];

/**
 * Blocking twice leaves the contact blocked, so a lost answer is asked again. Intercom offers no unblock call.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/blockcontact
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ContactBlocked> {
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.ContactBlocked>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/block`,
		itemIndex,
		retryable: true,
	});
}
