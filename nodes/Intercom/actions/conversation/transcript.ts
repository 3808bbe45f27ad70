import type { Intercom } from 'intercom-client';

/** Intercom returns at most the 500 most recent parts of a conversation. */
export const MAX_PARTS = 500;

export interface Transcript {
	conversation_id: string;
	title: string | null;
	state: string | undefined;
	transcript: string;
	/** Parts in the conversation, as Intercom counts them. */
	part_count: number;
	/** Parts this transcript holds. */
	parts_included: number;
	truncated: boolean;
	note?: string;
}

interface Author {
	type?: string;
	name?: string;
	email?: string;
}

const who = (author: Author | undefined) =>
	`${author?.name ?? author?.email ?? 'Someone'}${author?.type ? ` (${author.type === 'user' || author.type === 'lead' ? 'contact' : author.type})` : ''}`;

const when = (seconds: number | undefined) =>
	seconds ? `[${new Date(seconds * 1000).toISOString().replace('T', ' ').slice(0, 16)} UTC] ` : '';

/** Bodies arrive as plain text (`display_as=plaintext`); what markup is left becomes spaces and line breaks. */
const text = (body: string | null | undefined) =>
	(body ?? '')
		.replace(/<br\s*\/?>|<\/p>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.trim();

function partLine(part: Intercom.ConversationPart): string {
	const body = text(part.body);
	const kind = part.part_type ?? 'comment';
	if (kind === 'comment') return `${when(part.created_at)}${who(part.author)}: ${body}`;
	if (kind === 'note') return `${when(part.created_at)}${who(part.author)} [note]: ${body}`;
	return `${when(part.created_at)}— ${who(part.author)}: ${kind}${body ? `: ${body}` : ''}`;
}

/**
 * The whole conversation as one text (who said what, when; notes and events marked) for a summariser, a Slack
 * message or a CRM note. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/conversations/retrieveconversation
 */
export function transcriptOf(conversation: Intercom.Conversation): Transcript {
	const source = conversation.source;
	const parts = conversation.conversation_parts?.conversation_parts ?? [];
	const partCount = Math.max(conversation.conversation_parts?.total_count ?? parts.length, parts.length);
	const lines = [
		...(source
			? [
					`${when(conversation.created_at)}${who(source.author)}: ${text(source.subject ? `${source.subject}\n${source.body ?? ''}` : source.body)}`,
				]
			: []),
		...parts.map(partLine),
	];
	const truncated = partCount > parts.length;
	return {
		conversation_id: conversation.id,
		title: conversation.title ?? null,
		state: conversation.state,
		transcript: lines.join('\n'),
		part_count: partCount,
		parts_included: parts.length,
		truncated,
		...(truncated
			? {
					note: `Intercom returns at most the ${MAX_PARTS} most recent parts: the ${partCount - parts.length} earlier ones are not in this transcript`,
				}
			: {}),
	};
}
