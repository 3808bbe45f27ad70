import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { subscriptionTypeField } from '../../descriptions/pickers';
import { setSubscriptionConsent } from './consent';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Opt Out',
	action: 'Opt a contact out of a subscription type',
	description: 'Record that a contact does not want a subscription type',
};

export const description: INodeProperties[] = [contactRLC(), subscriptionTypeField];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.SubscriptionType> {
	return await setSubscriptionConsent(this, itemIndex, 'opt_out');
}
