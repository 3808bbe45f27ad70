import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import { resolveContactId } from '../../lookups/contact';
import { readText } from '../../parameters/read';

/**
 * Records the contact's consent for a subscription type; Intercom keeps the latest consent, so repeating it is harmless.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/attachsubscriptiontypetocontact
 */
export async function setSubscriptionConsent(
	context: IExecuteFunctions,
	itemIndex: number,
	consentType: 'opt_in' | 'opt_out',
): Promise<Intercom.SubscriptionType> {
	const subscriptionTypeId = readText(context, itemIndex, 'subscriptionTypeId', { required: true });
	const contactId = await resolveContactId(context, itemIndex);
	return await intercomApiRequest<Intercom.SubscriptionType>(context, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/subscriptions`,
		body: { id: subscriptionTypeId, consent_type: consentType },
		itemIndex,
		retryable: true,
	});
}
