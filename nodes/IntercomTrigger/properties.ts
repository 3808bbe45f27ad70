import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../Intercom/descriptions/authentication';
import { topicOptions } from './topics';

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'<b>Connect it once in Intercom</b> (Intercom has no API for this):<ol><li>Choose the credential of your app (with its Client Secret) and the Topics.</li><li><b>Publish</b> the workflow, then copy the <b>Production URL</b> from <i>Webhook URLs</i> above. It must be HTTPS and reachable from the internet.</li><li>In Developer Hub › your app › Configure › Webhooks, paste the URL (Intercom checks it at once) and tick the same topics; each needs the permission it names.</li></ol>To try it first, paste the <b>Test URL</b> instead and click <i>Execute step</i> here before Intercom sends anything.',
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		...authenticationProperty,
		description: 'The credential of the app whose webhooks you receive: its client secret verifies them',
	},
	{
		displayName: 'Topics',
		name: 'topics',
		type: 'multiOptions',
		options: topicOptions,
		default: [],
		description:
			'Notifications that start the workflow (at least one here or in Additional Topics). Others get 200 and start nothing, so Intercom does not retry them.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
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
					'Whether ping notifications (Intercom sends them periodically and when you test the endpoint) start the workflow. They are always answered.',
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
		],
	},
];
