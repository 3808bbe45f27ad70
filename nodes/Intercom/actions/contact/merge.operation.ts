import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../lookups/contact';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Merge',
	action: 'Merge a lead into a user',
	description: 'Merge a lead into a user; the lead no longer exists afterwards',
};

export const description: INodeProperties[] = [
	contactRLC({
		displayName: 'Lead',
		name: 'lead',
		description: 'The lead to merge; it no longer exists afterwards',
	}),
	contactRLC({
		displayName: 'Into User',
		name: 'user',
		description: 'The user that receives the lead’s data and conversations',
	}),
];

/** Intercom merges a lead into a user only. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/mergecontact */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Contact> {
	const from = await resolveContactId(this, itemIndex, 'lead');
	const into = await resolveContactId(this, itemIndex, 'user');
	return await intercomApiRequest<Intercom.Contact>(this, {
		method: 'POST',
		path: '/contacts/merge',
		body: { from, into },
		itemIndex,
	});
}
