import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../lookups/contact';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact permanently',
};

export const description: INodeProperties[] = [contactRLC()];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ContactDeleted> {
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.ContactDeleted>(this, {
		method: 'DELETE',
		path: `/contacts/${encodeURIComponent(contactId)}`,
		itemIndex,
	});
}
