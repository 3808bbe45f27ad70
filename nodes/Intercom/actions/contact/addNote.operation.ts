import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { adminIdField } from '../../descriptions/pickers';
import { resolveContactId } from '../../helpers/contacts';
import { requiredString } from '../../helpers/parameters';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [
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
	adminIdField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['addNote'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note> {
	const body = requiredString(this, itemIndex, 'body', 'Note');
	const adminId = String(this.getNodeParameter('adminId', itemIndex, '') ?? '').trim();
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Note>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/notes`,
		body: { body, ...(adminId ? { admin_id: adminId } : {}) },
		itemIndex,
	});
}
