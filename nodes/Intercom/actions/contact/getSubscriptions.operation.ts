import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../helpers/contacts';
import { listItems } from '../../helpers/lists';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [contactRLC()];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getSubscriptions'] } },
	properties,
);

/** Subscription types the contact has opted in to or out of. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.AddressableList[]> {
	const contactId = await resolveContactId(this, itemIndex);
	return await listItems<Intercom.AddressableList>(
		this,
		itemIndex,
		`/contacts/${encodeURIComponent(contactId)}/subscriptions`,
	);
}
