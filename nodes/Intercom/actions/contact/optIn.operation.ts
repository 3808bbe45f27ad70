import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { subscriptionTypeField } from '../../descriptions/pickers';
import { setSubscriptionConsent } from '../../helpers/subscriptions';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [contactRLC(), subscriptionTypeField];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['optIn'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.SubscriptionType> {
	return await setSubscriptionConsent(this, itemIndex, 'opt_in');
}
