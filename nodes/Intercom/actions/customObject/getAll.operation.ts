import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { readCollection, readText } from '../../parameters/read';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { ApiVersion, OperationOption } from '../operation';
import { objectTypeField } from './fields';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many custom object instances',
	description: 'List the instances of an object type, or those a contact or conversation references',
};

export const description: INodeProperties[] = [
	objectTypeField,
	...returnAllLimitOrPage,
	filtersCollection([
		{
			displayName: 'Referenced by Contact ID',
			name: 'contactId',
			type: 'string',
			default: '',
			description: "Only instances this contact's attributes reference (the contact's Intercom ID)",
		},
		{
			displayName: 'Referenced by Conversation ID',
			name: 'conversationId',
			type: 'string',
			default: '',
			description: "Only instances this conversation's attributes reference",
		},
	]),
];

export const since: ApiVersion = '2.16';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/custom-object-instances/listcustomobjectinstances */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const objectType = readText(this, itemIndex, 'objectType', { required: true });
	const { contactId, conversationId } = readCollection<{ contactId: string; conversationId: string }>(
		this,
		itemIndex,
		'filters',
	);
	const source = numberedSource<Intercom.CustomObjectInstance>(this, {
		path: `/custom_object_instances/${encodeURIComponent(objectType)}`,
		itemsKey: 'data',
		qs: {
			...(contactId ? { references_contact_id: contactId } : {}),
			...(conversationId ? { references_conversation_id: conversationId } : {}),
		},
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
