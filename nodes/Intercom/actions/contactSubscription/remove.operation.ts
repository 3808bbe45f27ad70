import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { subscriptionTypeField } from '../../descriptions/pickers';
import { resolveContactId } from '../../lookups/contact';
import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Remove',
	action: "Remove a contact's subscription consent",
	description: "Forget the contact's opt-in or opt-out: the subscription type's default applies again",
};

export const description: INodeProperties[] = [contactRLC(), subscriptionTypeField];

/**
 * Removing twice leaves none, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/detachsubscriptiontypetocontact
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.SubscriptionType> {
	const subscriptionTypeId = readText(this, itemIndex, 'subscriptionTypeId', { required: true });
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.SubscriptionType>(this, {
		method: 'DELETE',
		path: `/contacts/${encodeURIComponent(contactId)}/subscriptions/${encodeURIComponent(subscriptionTypeId)}`,
		itemIndex,
		retryable: true,
	});
}
