import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../lookups/contact';
import type { OperationOption } from '../operation';
import { unpagedItems } from '../../transport';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the tags of a contact',
	description: 'List the tags a contact has',
};

export const description: INodeProperties[] = [contactRLC()];

/** Tags of a contact. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag[]> {
	const contactId = await resolveContactId(this, itemIndex);
	return await unpagedItems<Intercom.Tag>(this, {
		path: `/contacts/${encodeURIComponent(contactId)}/tags`,
		itemIndex,
	});
}
