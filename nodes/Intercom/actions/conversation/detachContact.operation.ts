import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { actingAdminField } from '../../descriptions/pickers';
import { contactRLC } from '../../descriptions/contactRLC';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { intercomApiRequest } from '../../transport';
import { resolveContactId } from '../../lookups/contact';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';

export const option: OperationOption = {
	name: 'Detach Contact',
	action: 'Detach a contact from a conversation',
	description: 'Remove a contact from the participants of a conversation (not the last one)',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	contactRLC({ description: 'The contact to remove: by Intercom ID, external ID or email' }),
	actingAdminField,
];

/**
 * Intercom refuses to remove the last contact (422). The acting admin travels in the body of this DELETE.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/detachcontactfromconversation
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'DELETE',
		path: `/conversations/${conversationId}/customers/${encodeURIComponent(contactId)}`,
		body: { admin_id: await readActingAdmin(this, itemIndex) },
		itemIndex,
	});
}
