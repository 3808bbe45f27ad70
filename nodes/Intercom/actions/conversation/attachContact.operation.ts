import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { actingAdminField } from '../../descriptions/pickers';
import { contactRLC } from '../../descriptions/contactRLC';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { contactReference } from '../../parameters/contactReference';

export const option: OperationOption = {
	name: 'Attach Contact',
	action: 'Attach a contact to a conversation',
	description: 'Add a contact to the participants of a conversation',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	contactRLC({ description: 'The contact to add: by Intercom ID, external ID or email' }),
	actingAdminField,
];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/attachcontacttoconversation */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'POST',
		path: `/conversations/${conversationId}/customers`,
		body: { admin_id: await readActingAdmin(this, itemIndex), customer: contactReference(this, itemIndex) },
		itemIndex,
		// Adding a participant twice leaves one.
		retryable: true,
	});
}
