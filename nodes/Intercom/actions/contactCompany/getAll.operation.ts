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
	action: 'Get the companies of a contact',
	description: 'List the companies a contact belongs to',
};

export const description: INodeProperties[] = [contactRLC(), ...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Company[]> {
	const limit = readLimit(this, itemIndex);
	const contactId = await resolveContactId(this, itemIndex);
	const pages = numberedPages<Intercom.Company>(this, {
		path: `/contacts/${encodeURIComponent(contactId)}/companies`,
		itemsKey: 'companies',
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
