import { readJsonObject } from '../../parameters/read';

import { definitionField, endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/updateconversationattribute */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Update Conversation Attribute',
		action: 'Update a conversation attribute',
		description: "Change a conversation attribute's name, description or visibility, or archive it",
	},
	method: 'PUT',
	path: '/conversations/attributes/{attributeId}',
	fields: [
		pickerField('attributeId', 'Attribute', 'getConversationAttributeIds'),
		definitionField(
			'definition',
			'Changes (JSON)',
			{ description: 'The order number from the shop' },
			'The fields to change, as Intercom names them',
		),
	],
	integerIds: ['attributeId'],
	body: (context, itemIndex) => readJsonObject(context, itemIndex, 'definition'),
	since: '2.16',
});
