import { endpointOperation, idField, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/deleteconversationattributeoption */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Delete Conversation Attribute Option',
		action: 'Delete an option of a list conversation attribute',
		description: 'Remove an option from a list conversation attribute',
	},
	method: 'DELETE',
	path: '/conversations/attributes/{attributeId}/options/{optionId}',
	fields: [
		pickerField('attributeId', 'Attribute', 'getConversationAttributeIds'),
		idField('optionId', 'Option ID'),
	],
	integerIds: ['attributeId'],
	since: '2.16',
});
