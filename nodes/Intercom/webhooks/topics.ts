import type { INodePropertyOptions } from 'n8n-workflow';

export const ALL_TOPICS = '*';
/** Chosen when every topic is in Options › Additional Topics, so that Topics is never empty by mistake. */
export const ONLY_ADDITIONAL_TOPICS = 'additionalOnly';

export const NO_TOPIC =
	'Choose at least one topic in "Topics", or Only Additional Topics and list them in Options › Additional Topics';

interface TopicGroup {
	group: string;
	/** Stripped from the topic to name it in the picker. */
	prefix: string;
	/** What the app needs on Developer Hub › Configure › Authentication for Intercom to offer these topics. */
	permission: string;
	topics: string[];
	/** Topics that only newer API versions offer. */
	newer?: string[];
}

/**
 * Webhook topics of API 2.14, and the few later versions added, as Developer Hub lists them.
 * https://developers.intercom.com/docs/references/2.14/webhooks/webhook-models
 */
const TOPIC_GROUPS: TopicGroup[] = [
	{
		group: 'Admin',
		prefix: 'admin.',
		permission: 'Read admins',
		topics: [
			'admin.activity_log_event.created',
			'admin.added_to_workspace',
			'admin.away_mode_updated',
			'admin.logged_in',
			'admin.logged_out',
			'admin.removed_from_workspace',
		],
	},
	{
		group: 'API Request',
		prefix: 'api.request.',
		permission: 'Read API activity logs',
		topics: [],
		newer: ['api.request.completed'],
	},
	{
		group: 'Article',
		prefix: 'article.',
		permission: 'Read and list articles',
		topics: [
			'article.created',
			'article.deleted',
			'article.published',
			'article.unpublished',
			'article.updated',
		],
	},
	{
		group: 'Call',
		prefix: 'call.',
		permission: 'Read conversations',
		topics: ['call.ended', 'call.recording_available', 'call.started', 'call.transcription_available'],
	},
	{
		group: 'Company',
		prefix: 'company.',
		permission: 'Read users and companies',
		topics: [
			'company.contact.attached',
			'company.contact.detached',
			'company.created',
			'company.deleted',
			'company.updated',
		],
	},
	{
		group: 'Contact',
		prefix: 'contact.',
		permission: 'Read users and companies',
		topics: [
			'contact.archived',
			'contact.deleted',
			'contact.email.updated',
			'contact.lead.added_email',
			'contact.lead.created',
			'contact.lead.signed_up',
			'contact.lead.tag.created',
			'contact.lead.tag.deleted',
			'contact.lead.updated',
			'contact.merged',
			'contact.subscribed',
			'contact.unarchive',
			'contact.unsubscribed',
			'contact.user.created',
			'contact.user.tag.created',
			'contact.user.tag.deleted',
			'contact.user.updated',
		],
	},
	{
		group: 'Content Snippet',
		prefix: 'content_snippet.',
		permission: 'Read content snippets',
		topics: [],
		newer: ['content_snippet.created', 'content_snippet.deleted', 'content_snippet.updated'],
	},
	{
		group: 'Content Stat',
		prefix: 'content_stat.',
		permission: 'Read content data',
		topics: [
			'content_stat.banner',
			'content_stat.carousel',
			'content_stat.chat',
			'content_stat.checklist',
			'content_stat.custom_bot',
			'content_stat.email',
			'content_stat.news_item',
			'content_stat.post',
			'content_stat.push',
			'content_stat.series',
			'content_stat.sms',
			'content_stat.survey',
			'content_stat.tooltip_group',
			'content_stat.tour',
		],
	},
	{
		group: 'Conversation',
		prefix: 'conversation.',
		permission: 'Read conversations',
		topics: [
			'conversation.admin.assigned',
			'conversation.admin.closed',
			'conversation.admin.noted',
			'conversation.admin.open.assigned',
			'conversation.admin.opened',
			'conversation.admin.replied',
			'conversation.admin.single.created',
			'conversation.admin.snoozed',
			'conversation.admin.unsnoozed',
			'conversation.contact.attached',
			'conversation.contact.detached',
			'conversation.deleted',
			'conversation.operator.replied',
			'conversation.priority.updated',
			'conversation.rating.added',
			'conversation.read',
			'conversation.user.created',
			'conversation.user.replied',
		],
		newer: ['conversation.company.updated'],
	},
	{
		group: 'Conversation Part',
		prefix: 'conversation_part.',
		permission: 'Read conversations',
		topics: ['conversation_part.redacted', 'conversation_part.tag.created'],
	},
	{
		group: 'Data Connector',
		prefix: 'data_connector.',
		permission: 'Read data connectors',
		topics: [],
		newer: ['data_connector.execution.completed'],
	},
	{
		group: 'Event',
		prefix: 'event.',
		permission: 'Read events',
		topics: ['event.created'],
	},
	{
		group: 'Job',
		prefix: 'job.',
		permission: 'Read jobs',
		topics: ['job.completed'],
	},
	{
		group: 'Subscription',
		prefix: 'granular.',
		permission: 'Read and list users and companies',
		topics: ['granular.subscribe', 'granular.unsubscribe'],
	},
	{
		group: 'Ticket',
		prefix: 'ticket.',
		permission: 'Read tickets',
		topics: [
			'ticket.admin.assigned',
			'ticket.admin.replied',
			'ticket.attribute.updated',
			'ticket.closed',
			'ticket.contact.attached',
			'ticket.contact.detached',
			'ticket.contact.replied',
			'ticket.created',
			'ticket.note.created',
			'ticket.rating.provided',
			'ticket.state.updated',
			'ticket.team.assigned',
		],
		newer: ['ticket.admin.snoozed', 'ticket.admin.unsnoozed', 'ticket.resolved'],
	},
	{
		group: 'Visitor',
		prefix: 'visitor.',
		permission: 'Read users and companies',
		topics: ['visitor.signed_up'],
	},
];

/** Words Intercom's topic names spell in lower case. */
const WORDS: Record<string, string> = { sms: 'SMS', unarchive: 'Unarchived' };

function titleOf(words: string): string {
	return words
		.split(/[._]/)
		.map((word) => WORDS[word] ?? word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

function topicOption(group: TopicGroup, topic: string, newer: boolean): INodePropertyOptions {
	const since = newer ? ' Offered to apps on a newer API version than 2.14.' : '';
	return {
		name: `${group.group}: ${titleOf(topic.slice(group.prefix.length))}${newer ? ' (Newer API)' : ''}`,
		value: topic,
		description: `${topic} — needs the "${group.permission}" permission.${since}`,
	};
}

/**
 * The Topics picker: "All Topics", "Only Additional Topics", then every topic grouped by object, in alphabetical order
 * within its group, each naming the permission it needs.
 */
export const topicOptions: INodePropertyOptions[] = [
	{
		name: 'All Topics',
		value: ALL_TOPICS,
		description: 'Every notification the app is subscribed to in Developer Hub',
	},
	{
		name: 'Only Additional Topics',
		value: ONLY_ADDITIONAL_TOPICS,
		description: 'The topics listed in Options › Additional Topics, none from this list',
	},
	...TOPIC_GROUPS.flatMap((group) =>
		[
			...group.topics.map((topic) => topicOption(group, topic, false)),
			...(group.newer ?? []).map((topic) => topicOption(group, topic, true)),
		].sort((a, b) => a.name.localeCompare(b.name)),
	),
];
