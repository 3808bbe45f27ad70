import type { NodeParameterValueType } from 'n8n-workflow';

import type { FakeIntercom } from '../fake/server';

const locator = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * Records every operation can act on, added to the fake, and a valid value for each field by name: the fuzz starts
 * each operation from these and changes one place at a time. A field not named here keeps its default.
 */
export function seedWorkspace(fake: FakeIntercom): Record<string, NodeParameterValueType> {
	const { store } = fake;
	const user = store.addContact({
		role: 'user',
		email: 'ada@example.com',
		external_id: 'ada-1',
		name: 'Ada',
	});
	const lead = store.addContact({ role: 'lead', email: 'lead@example.com', name: 'Lead' });
	const company = store.addCompany({ company_id: 'acme', name: 'Acme' });
	const conversation = store.addConversation({});
	const ticket = store.addTicket({});
	const collection = store.addCollection({ name: 'Billing', help_center_id: 93 });
	const article = store.addArticle({
		title: 'Refunds',
		state: 'published',
		parent_id: Number(collection.id),
	});
	const tag = store.tagByName('VIP');
	const visitor = store.addVisitor({});
	const call = store.addCall({
		conversation_id: conversation.id,
		transcript: '[00:00:03] Teammate: Hello',
		recording: Buffer.from('ID3 fake audio'),
	});
	return {
		contact: locator(user.id),
		user: locator(user.id),
		lead: locator(lead.id),
		company: locator(company.id),
		conversation: locator(conversation.id),
		article: locator(String(article.id)),
		collection: locator(String(collection.id)),
		ticketId: String(ticket.id),
		adminId: '991267460',
		teamId: '814865',
		segmentId: '5d2640faa76403d9f2a3b0a1',
		subscriptionTypeId: '37846',
		helpCenterId: '93',
		tagId: tag.id,
		tagName: 'VIP',
		ticketTypeId: '1295',
		attributeId: '1',
		companyId: 'acme',
		email: 'fuzz@example.com',
		externalId: 'fuzz-1',
		eventName: 'fuzzed',
		name: 'Fuzz',
		title: 'Title',
		body: 'Hello',
		subject: 'Subject',
		listOptions: 'a, b',
		lookup: 'ada@example.com',
		notificationId: 'notif_1',
		path: '/admins',
		ids: user.id,
		userId: visitor.user_id,
		visitorValue: visitor.user_id,
		snoozedUntil: '2031-05-01T10:00:00Z',
		createdAfter: '2024-01-01T00:00:00Z',
		quickReplyOptions: 'Yes, No',
		partId: '1',
		noteId: '1',
		newsItemId: '29',
		newsfeedId: '68',
		internalArticleId: '39',
		objectType: 'Order',
		callId: call.id,
		versionId: '1',
		conversationId: 'chat-1',
		message: 'My invoice is wrong',
		redirectId: '1',
		fromUrl: 'https://old-help.example.com/refunds',
		targetId: String(article.id),
		jobId: 'job-1',
		viewId: '1',
		rulesetId: '1',
		messageId: '1',
		snippetId: '1',
		first: '2024-01-01T00:00:00Z',
		last: '2024-02-01T00:00:00Z',
		scheduleId: '1',
		exceptionId: '1',
		brandId: '1',
		emailId: '1',
		macroId: '1',
		audienceId: '1',
		connectorId: '1',
		resultId: '1',
		optionId: '1',
		workflowId: '1',
		label: 'Urgent',
		phone: '+353871234567',
		ipRanges: '192.0.2.0/24',
		mergeIntoId: conversation.id,
		ticketStateId: '7494',
		sourceId: '33',
		pageId: '1',
		html: '<p>Refunds within 30 days</p>',
		url: 'https://docs.example.com/refunds',
		conversationIds: conversation.id,
		jobIdentifier: 'job-1',
		clientId: 'client-1',
		datasetId: 'conversation',
		attributeIds: ['conversation_id'],
		createdBefore: '2024-02-01T00:00:00Z',
		startTime: '2024-01-01T00:00:00Z',
		endTime: '2024-02-01T00:00:00Z',
		instanceId: 'a1b2c3',
	};
}

const someCondition = {
	group: [
		{
			combine: 'AND',
			conditions: {
				condition: [{ field: 'created_at', operator: 'greaterThan', value: '2020-01-01T00:00:00Z' }],
			},
		},
	],
};

/** Values an operation needs beyond the shared ones, by "resource › operation". */
export const validFor: Record<string, Record<string, NodeParameterValueType>> = {
	'article › update': { updateFields: { title: 'Title 2' } },
	'collection › update': { updateFields: { name: 'Billing 2' } },
	'contact › update': { updateFields: { name: 'Ada 2' } },
	'conversation › update': { updateFields: { title: 'Refund' } },
	'dataAttribute › update': { updateFields: { description: 'Plan' } },
	'ticket › update': { updateFields: { open: true } },
	'article › stageDraft': { updateFields: { title: 'Refunds (draft)' } },
	'company › update': { updateFields: { plan: 'pro' } },
	'contentSnippet › update': { updateFields: { title: 'Refunds' } },
	'internalArticle › update': { updateFields: { title: 'Refunds, revised' } },
	'ticketType › update': { updateFields: { name: 'Bug report' } },
	'ticketType › createAttribute': { description: 'How bad it is' },
	'ticketType › updateAttribute': { updateFields: { description: 'How bad it is' } },
	'conversation › assign': { assignTo: 'admin', assigneeAdminId: '991267461' },
	'contact › search': { filterGroups: someCondition },
	'conversation › search': { filterGroups: someCondition },
	'ticket › search': { filterGroups: someCondition },
};
