import { readBoolean } from '../../parameters/read';

import { endpointOperation } from '../endpoint';

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/conversation-attributes/listconversationattributes */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Get Many Conversation Attributes',
		action: 'Get many conversation attributes',
		description: "List the conversation attributes (2.16's home of conversation data)",
	},
	method: 'GET',
	path: '/conversations/attributes',
	fields: [
		{
			displayName: 'Include Archived',
			name: 'includeArchived',
			type: 'boolean',
			default: false,
			description: 'Whether archived attributes are listed too',
		},
	],
	qs: (context, itemIndex) => ({ include_archived: readBoolean(context, itemIndex, 'includeArchived') }),
	list: {},
	since: '2.16',
});
