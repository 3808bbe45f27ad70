import type { INodeProperties } from 'n8n-workflow';

/** A conversation's link in the Intercom inbox ends in its id, whatever the inbox view. */
export const INBOX_URL_REGEX = 'https://app(?:\\.eu|\\.au)?\\.intercom\\.com/.*conversations?/([0-9]+)';

/** A conversation picked from the most recent ones, or given by its link in the inbox or its id. */
export function conversationRLC(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Conversation',
		name: 'conversation',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The conversation: picked from the most recent, or given by its link in the inbox or its ID',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a conversation…',
				typeOptions: { searchListMethod: 'searchConversations', searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/123456789',
				validation: [
					{
						type: 'regex',
						properties: { regex: INBOX_URL_REGEX, errorMessage: 'Not a link to an Intercom conversation' },
					},
				],
				extractValue: { type: 'regex', regex: INBOX_URL_REGEX },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 123456789',
				validation: [
					{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'A conversation ID is a number' } },
				],
			},
		],
		...overrides,
	};
}
