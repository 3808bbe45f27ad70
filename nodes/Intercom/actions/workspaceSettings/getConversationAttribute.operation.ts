import { endpointOperation, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/getconversationattribute */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Conversation Attribute',
		action: 'Get a conversation attribute',
		description: 'Get a conversation attribute with its options',
	},
	method: 'GET',
	path: '/conversations/attributes/{attributeId}',
	fields: [pickerField('attributeId', 'Attribute', 'getConversationAttributeIds')],
	integerIds: ['attributeId'],
	since: '2.16',
});
