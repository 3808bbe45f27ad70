import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { tagIdField } from '../../descriptions/pickers';
import { resolveContactId } from '../../lookups/contact';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Remove',
	action: 'Remove a tag from a contact',
	description: 'Take a tag off a contact',
};

export const description: INodeProperties[] = [contactRLC(), tagIdField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'DELETE',
		path: `/contacts/${encodeURIComponent(contactId)}/tags/${encodeURIComponent(tagId)}`,
		itemIndex,
	});
}
