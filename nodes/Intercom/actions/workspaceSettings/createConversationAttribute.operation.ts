import { definitionBody, definitionField, endpointOperation } from '../endpoint';

/** Not repeated after a lost answer. https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/createconversationattribute */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Create Conversation Attribute',
		action: 'Create a conversation attribute',
		description: 'Create a conversation attribute from its definition',
	},
	method: 'POST',
	path: '/conversations/attributes',
	fields: [
		definitionField(
			'definition',
			'Definition (JSON)',
			{ name: 'Order number', data_type: 'string', description: 'The order the conversation is about' },
			'The attribute as Intercom describes it: name, data_type (string, integer, decimal, boolean, datetime, list\u2026), description, and for a list its options',
		),
	],
	body: definitionBody(['name', 'data_type'], {
		data_type: ['string', 'integer', 'list', 'decimal', 'boolean', 'datetime', 'relationship', 'files'],
	}),
	since: '2.16',
});
