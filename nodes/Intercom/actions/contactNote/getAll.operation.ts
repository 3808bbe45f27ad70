import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { resolveContactId } from '../contact/lookup';
import { readLimit } from '../../parameters/limit';
import { collectItems, numberedPages } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the notes of a contact',
	description: 'List the notes written on a contact',
};

export const description: INodeProperties[] = [contactRLC(), ...returnAllOrLimit];

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
