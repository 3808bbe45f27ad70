import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { tagIdField } from '../../descriptions/pickers';
import { resolveContactId } from '../../lookups/contact';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { CONTACT_EMAIL } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Add',
	action: 'Add a tag to a contact',
	description: 'Tag a contact with an existing tag',
};

export const description: INodeProperties[] = [contactRLC(), tagIdField];

export const tool: ToolUse = { arguments: { contact: `${CONTACT_EMAIL} (with the field's mode By Email)` } };

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/tags`,
		body: { id: tagId },
		itemIndex,
		// Tagging twice leaves one tag.
		retryable: true,
	});
}
