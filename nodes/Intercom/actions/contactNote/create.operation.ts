import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { adminPicker } from '../../descriptions/pickers';
import { resolveContactId } from '../../lookups/contact';
import { readIntegerId, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Create',
	action: 'Add a note to a contact',
	description: 'Write a note on a contact for your teammates',
};

export const description: INodeProperties[] = [
	contactRLC(),
	{
		displayName: 'Note',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'Text of the note; simple HTML such as <p> and <a> is kept',
	},
	adminPicker({
		displayName: 'Author',
		purpose: 'The teammate shown as writing the note',
		tokenOwnerFirst: true,
	}),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note> {
	const body = readText(this, itemIndex, 'body', { required: true });
	const adminId = readIntegerId(this, itemIndex, 'adminId', { optional: true });
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Note>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/notes`,
		body: { body, ...(adminId ? { admin_id: adminId } : {}) },
		itemIndex,
	});
}
