import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../Intercom/descriptions/authentication';
import { deliveryOptions, topicsProperty } from '../Intercom/webhooks/properties';

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
	topicsProperty(
		'Notifications that start the workflow (at least one here or in Additional Topics). Others get 200 and start nothing, so Intercom does not retry them.',
	),
	deliveryOptions,
];
