import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../lookups/contact';
import type { OperationOption } from '../operation';
import { unpagedItems } from '../../transport';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the subscriptions of a contact',
	description: 'List the subscription types a contact opted in to or out of',
};

export const description: INodeProperties[] = [contactRLC()];

/** Subscription types the contact has opted in to or out of. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.AddressableList[]> {
	const contactId = await resolveContactId(this, itemIndex);
	return await unpagedItems<Intercom.AddressableList>(this, {
		path: `/contacts/${encodeURIComponent(contactId)}/subscriptions`,
		itemIndex,
	});
}
