import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../lookups/contact';
import type { OperationOption } from '../operation';
import { unpagedItems } from '../../transport';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the segments of a contact',
	description: 'List the segments a contact is in',
};

export const description: INodeProperties[] = [contactRLC()];

/** Segments the contact belongs to. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Segment[]> {
	const contactId = await resolveContactId(this, itemIndex);
	return await unpagedItems<Intercom.Segment>(this, {
		path: `/contacts/${encodeURIComponent(contactId)}/segments`,
		itemIndex,
	});
}
