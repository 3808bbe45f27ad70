import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { unpagedItems } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many subscription types',
	description: 'List the email and SMS subscription types contacts can opt in to or out of',
};

export const description: INodeProperties[] = [];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.SubscriptionType[]> {
	return await unpagedItems<Intercom.SubscriptionType>(this, { path: '/subscription_types', itemIndex });
}
