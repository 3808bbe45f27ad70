import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/deleteconversationattribute */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Delete Conversation Attribute',
		action: 'Delete a conversation attribute',
		description: 'Delete a conversation attribute',
	},
	method: 'DELETE',
	path: '/conversations/attributes/{attributeId}',
	fields: [pickerField('attributeId', 'Attribute', 'getConversationAttributeIds')],
	integerIds: ['attributeId'],
	since: '2.16',
});
