import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readVisitorKey, visitorKeyFields } from './visitorKey';
import { readOption, readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Convert',
	action: 'Convert a visitor to a lead or user',
	description: 'Turn an anonymous visitor into a lead, or merge it into a user (created when missing)',
};

export const description: INodeProperties[] = [
	...visitorKeyFields,
	{
		displayName: 'Convert To',
		name: 'convertTo',
		type: 'options',
		options: [
			{ name: 'Lead', value: 'lead' },
			{
				name: 'User',
				value: 'user',
				description: 'Merged into the user with this external ID, or a new one',
			},
		],
		default: 'lead',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		placeholder: 'e.g. crm-4711',
		description:
			'Your ID for the user; the visitor is merged into it. Needed for a user, optional for a lead.',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Contact> {
	const visitor = readVisitorKey(this, itemIndex);
	const type = readOption<'lead' | 'user'>(this, itemIndex, 'convertTo');
	const externalId = readText(this, itemIndex, 'externalId');
	const email = readText(this, itemIndex, 'email');
	if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		throw new NodeOperationError(this.getNode(), `"Email" is not an email address: ${email}`, { itemIndex });
	}
	if (type === 'user' && !externalId) {
		throw new NodeOperationError(this.getNode(), '"External ID" is empty: a user needs your ID for them', {
			itemIndex,
			description: 'Without one, convert the visitor to a lead.',
		});
	}
	const user = externalId ? { user_id: externalId } : { id: await intercomIdOf(this, visitor, itemIndex) };
	return await intercomApiRequest<Intercom.Contact>(this, {
		method: 'POST',
		path: '/visitors/convert',
		body: { type, user: { ...user, ...(email ? { email } : {}) }, visitor },
		itemIndex,
	});
}

/**
 * Intercom's `user` names the contact the visitor becomes, by Intercom ID (`id`) or your external ID (`user_id`).
 * A lead without an external ID keeps the visitor's own Intercom ID, so a visitor given by its Messenger `user_id` is
 * read first: that `user_id` is no contact ID.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/visitors/convertvisitor
 */
async function intercomIdOf(
	context: IExecuteFunctions,
	visitor: Record<string, string>,
	itemIndex: number,
): Promise<string> {
	if (visitor.id) return visitor.id;
	const found = await intercomApiRequest<Intercom.Visitor>(context, {
		method: 'GET',
		path: '/visitors',
		qs: { user_id: visitor.user_id },
		itemIndex,
	});
	return found.id;
}
