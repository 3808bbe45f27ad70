import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../descriptions/options';
import { topicOptions } from './topics';

/** The Topics a delivery must have: the Intercom Trigger's and Webhook Delivery › Verify Signature's. */
export function topicsProperty(description: string, required = false): INodeProperties {
	return {
		displayName: 'Topics',
		name: 'topics',
		type: 'multiOptions',
		options: topicOptions,
		default: [],
		// Required shows an issue in the editor while empty; topics not in the list go in Options › Additional Topics.
		...(required ? { required } : {}),
		description,
	};
}

/** Which verified notifications pass, and in what shape: shared by the trigger and Verify Signature. */
export const deliveryOptions: INodeProperties = optionsCollection([
	{
		displayName: 'Additional Topics',
		name: 'additionalTopics',
		type: 'string',
		default: '',
		placeholder: 'audience.created, content_import_source.updated',
		description:
			"Comma-separated topics that are not in the list (preview API versions), spelled exactly as in Developer Hub's dropdown",
	},
	{
		displayName: 'App IDs',
		name: 'appIds',
		type: 'string',
		default: '',
		placeholder: 'a86dr8yl',
		description:
			"Comma-separated workspace IDs (the app_id of notifications; in the workspace's URL app.intercom.com/a/apps/&lt;ID&gt;): notifications from other workspaces the app is installed in start nothing",
	},
	{
		displayName: 'Include Ping',
		name: 'includePing',
		type: 'boolean',
		default: false,
		description:
			'Whether ping notifications (Intercom sends them periodically and when you test the endpoint) are passed on. The trigger always answers them.',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'Changed Item',
				value: 'item',
				description:
					'The changed resource (data.item) with topic, app_id, notification_id and notification_created_at beside it',
			},
			{
				name: 'Full Notification',
				value: 'notification',
				description: 'The notification exactly as Intercom sent it',
			},
		],
		default: 'item',
	},
]);
