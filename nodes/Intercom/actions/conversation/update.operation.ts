import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { customAttributesField } from '../../descriptions/customAttributes';
import { readCustomAttributes } from '../../parameters/customAttributes';
import { intercomApiRequest } from '../../transport';
import { resolveCompanyId } from '../../lookups/company';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { readCollection } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Update',
	action: 'Update a conversation',
	description: 'Change the title, read state, company or custom attributes of a conversation',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				...companyRLC({ required: false, description: 'The company the conversation is about' }),
			},
			{
				displayName: 'Read',
				name: 'read',
				type: 'boolean',
				default: true,
				description: 'Whether the conversation is marked as read',
			},
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		],
	},
	customAttributesField('conversation'),
];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/updateconversation */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	const fields = readCollection<IDataObject>(this, itemIndex, 'updateFields');
	const body: IDataObject = {};
	if (typeof fields.title === 'string' && fields.title.trim() !== '') body.title = fields.title.trim();
	if (typeof fields.read === 'boolean') body.read = fields.read;
	const customAttributes = readCustomAttributes(this, itemIndex, { clearable: false });
	if (customAttributes) body.custom_attributes = customAttributes;
	if (fields.company !== undefined) {
		body.company_id = await resolveCompanyId(this, itemIndex, 'updateFields.company');
	}
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'"Update Fields" and "Custom Attributes" are empty: nothing to update',
			{
				itemIndex,
			},
		);
	}
	return await intercomApiRequest<Intercom.Conversation>(this, {
		method: 'PUT',
		path: `/conversations/${conversationId}`,
		body,
		itemIndex,
	});
}
