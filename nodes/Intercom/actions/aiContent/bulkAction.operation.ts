import { definitionBody, definitionField, endpointOperation } from '../endpoint';

/**
 * Intercom runs it in the background (202). Not repeated after a lost answer.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/content/bulkcontentactions
 */
export const { option, description, execute, since } = endpointOperation({
	option: {
		name: 'Bulk Action',
		action: 'Run a bulk action on knowledge hub content',
		description:
			'Publish, unpublish, delete, retag or change the availability or audience of up to 1,000 items',
	},
	method: 'POST',
	path: '/content/bulk_actions',
	fields: [
		definitionField(
			'definition',
			'Definition (JSON)',
			{ action: 'publish', content_ids: [{ type: 'article_content', id: '12345678' }] },
			'The action as Intercom describes it: action (publish, unpublish, delete, set_availability, set_audience, update_tags), content_ids (up to 1,000 {type, id}), and availability, audience or tags for the actions that take them',
		),
	],
	body: definitionBody(['action', 'content_ids'], {
		action: ['publish', 'unpublish', 'delete', 'set_availability', 'set_audience', 'update_tags'],
	}),
	since: '2.16',
});
