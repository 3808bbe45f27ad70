import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { resolveContactId } from '../../helpers/contacts';
import { readLimit } from '../../helpers/limit';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { collectItems, numberedPages } from '../../transport';

const properties: INodeProperties[] = [contactRLC(), ...returnAllOrLimit];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getNotes'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note[]> {
	const limit = readLimit(this, itemIndex);
	const contactId = await resolveContactId(this, itemIndex);
	const pages = numberedPages<Intercom.Note>(this, {
		path: `/contacts/${encodeURIComponent(contactId)}/notes`,
		itemsKey: 'data',
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
