import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import { resolveContactId } from '../../lookups/contact';

/** Archives or unarchives a contact; doing it twice leaves the same state, so it may be retried. */
export async function setContactArchived(
	context: IExecuteFunctions,
	itemIndex: number,
	action: 'archive' | 'unarchive',
): Promise<Intercom.ContactArchived | Intercom.ContactUnarchived> {
	const contactId = await resolveContactId(context, itemIndex);
	return await intercomApiRequest<Intercom.ContactArchived>(context, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/${action}`,
		itemIndex,
		retryable: true,
	});
}
