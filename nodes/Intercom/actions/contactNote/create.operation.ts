import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { noteFields } from '../../descriptions/note';
import { resolveContactId } from '../../lookups/contact';
import { readNote } from '../../parameters/note';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { CONTACT_EMAIL, messageText } from '../../tool/arguments';
import type { ToolUse } from '../../tool/arguments';

export const option: OperationOption = {
	name: 'Create',
	action: 'Add a note to a contact',
	description: 'Write a note on a contact for your teammates',
};

export const description: INodeProperties[] = [contactRLC(), ...noteFields];

export const tool: ToolUse = {
	arguments: {
		contact: `${CONTACT_EMAIL} (with the field's mode By Email)`,
		body: messageText('The note for the team'),
	},
};

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note> {
	const note = readNote(this, itemIndex);
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Note>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/notes`,
		body: note,
		itemIndex,
	});
}
