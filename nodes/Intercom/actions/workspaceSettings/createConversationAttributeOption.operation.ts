import { readText } from '../../parameters/read';

import { endpointOperation, pickerField } from '../endpoint';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/createconversationattributeoption */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Add Conversation Attribute Option',
		action: 'Add an option to a list conversation attribute',
		description: 'Add an option to a list conversation attribute',
	},
	method: 'POST',
	path: '/conversations/attributes/{attributeId}/options',
	fields: [
		pickerField('attributeId', 'Attribute', 'getConversationAttributeIds'),
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
