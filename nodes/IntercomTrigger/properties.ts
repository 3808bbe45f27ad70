import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../Intercom/descriptions/authentication';
import { topicOptions } from './topics';

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			"Intercom has no API to register webhooks, so connect it once by hand: in Intercom's Developer Hub open your app › Configure › Webhooks, paste this node's <b>Production URL</b> (under \"Webhook URLs\" above; it must be HTTPS and reachable from the internet), tick the same topics there, and give the app the permission each topic names on its Authentication page. Activate this workflow first: Intercom checks the URL with a HEAD request when you save. The app's client secret, in the credential, checks every notification's signature.",
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
