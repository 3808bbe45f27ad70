import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../helpers/contacts';
import { listItems } from '../../helpers/lists';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [contactRLC()];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getSegments'] } },
	properties,
);

/** Segments the contact belongs to. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Segment[]> {
	const contactId = await resolveContactId(this, itemIndex);
	return await listItems<Intercom.Segment>(
		this,
		itemIndex,
		`/contacts/${encodeURIComponent(contactId)}/segments`,
	);
}
