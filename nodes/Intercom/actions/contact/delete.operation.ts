import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../helpers/contacts';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRLC()];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['delete'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ContactDeleted> {
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.ContactDeleted>(this, {
		method: 'DELETE',
		path: `/contacts/${encodeURIComponent(contactId)}`,
		itemIndex,
	});
}
