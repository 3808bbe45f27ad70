import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { tagIdField } from '../../descriptions/pickers';
import { resolveContactId } from '../../helpers/contacts';
import { requiredString } from '../../helpers/parameters';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [contactRLC(), tagIdField];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['removeTag'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const tagId = requiredString(this, itemIndex, 'tagId', 'Tag');
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'DELETE',
		path: `/contacts/${encodeURIComponent(contactId)}/tags/${encodeURIComponent(tagId)}`,
		itemIndex,
	});
}
