import { readText } from '../../parameters/read';

import { endpointOperation, idField, pickerField } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/updateconversationattributeoption */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Update Conversation Attribute Option',
		action: 'Update an option of a list conversation attribute',
		description: 'Rename an option of a list conversation attribute',
	},
	method: 'PUT',
	path: '/conversations/attributes/{attributeId}/options/{optionId}',
	fields: [
		pickerField('attributeId', 'Attribute', 'getConversationAttributeIds'),
		idField('optionId', 'Option ID'),
		{
			displayName: 'Label',
			name: 'label',
			type: 'string',
			default: '',
			required: true,
			description: "The option's text",
		},
	],
	integerIds: ['attributeId'],
	body: (context, itemIndex) => ({ label: readText(context, itemIndex, 'label', { required: true }) }),
	since: '2.16',
});
