import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { setContactArchived } from '../../helpers/archive';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [contactRLC()];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['archive'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.ContactArchived | Intercom.ContactUnarchived> {
	return await setContactArchived(this, itemIndex, 'archive');
}
