import type { INodeProperties } from 'n8n-workflow';

import { inboxLocator } from './inboxLocator';

/** A conversation's link in the Intercom inbox ends in its id, whatever the inbox view. */
export const INBOX_URL_REGEX = 'https://app(?:\\.eu|\\.au)?\\.intercom\\.com/.*conversations?/([0-9]+)';

/** A conversation picked from the most recent ones, or given by its link in the inbox or its id. */
export function conversationRLC(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		...inboxLocator({
			displayName: 'Conversation',
			name: 'conversation',
			description:
				'The conversation: picked from the most recent, or given by its link in the inbox or its ID',
			noun: 'conversation',
			searchListMethod: 'searchConversations',
			urlRegex: INBOX_URL_REGEX,
			idPlaceholder: 'e.g. 123456789',
		}),
		...overrides,
	};
}
