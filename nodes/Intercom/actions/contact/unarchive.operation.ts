import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../helpers/contacts';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRLC()];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['unarchive'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ContactUnarchived> {
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.ContactUnarchived>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/unarchive`,
		itemIndex,
		// Archiving twice leaves the contact as archiving once does.
		retryable: true,
	});
}
