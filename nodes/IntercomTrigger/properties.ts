import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../Intercom/descriptions/authentication';
import { deliveryOptions, topicsProperty } from '../Intercom/webhooks/properties';

const TOPICS =
	'Notifications that start the workflow; others get 200 and start nothing, so Intercom does not retry them. Topics not in the list: Only Additional Topics, then list them in Options › Additional Topics.';

export const triggerProperties: INodeProperties[] = [
	{
		// One paragraph with numbered steps: n8n 2.40 keeps only links and lists in a notice, and n8n 1.x draws a list's
		// bullets on the notice's border, so a list or bold text would render well in neither.
		displayName:
			"Set up once in Intercom, which has no API for it: 1. Choose your app's credential (with its Client Secret) and the Topics. 2. Publish, then copy the Production URL above (HTTPS, reachable from the internet). 3. Paste it in Developer Hub › your app › Configure › Webhooks and tick the same topics. To try it first, use the Test URL and click Execute step.",
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		...authenticationProperty,
		description: 'The credential of the app whose webhooks you receive: its client secret verifies them',
	},
	// Version 2 requires Topics (an issue while empty); version 1, as saved before, may leave it empty beside Additional
	// Topics.
	{ ...topicsProperty(TOPICS, true), displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } } },
	{ ...topicsProperty(TOPICS), displayOptions: { show: { '@version': [1] } } },
	deliveryOptions,
];
