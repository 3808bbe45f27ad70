import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { resolveContactId } from '../../lookups/contact';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the notes of a contact',
	description: 'List the notes written on a contact',
};

export const description: INodeProperties[] = [contactRLC(), ...returnAllLimitOrPage];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const contactId = await resolveContactId(this, itemIndex);
	const source = numberedSource<Intercom.Note>(this, {
		path: `/contacts/${encodeURIComponent(contactId)}/notes`,
		itemsKey: 'data',
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
