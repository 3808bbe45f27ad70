import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../Intercom/descriptions/authentication';
import { deliveryOptions, topicsProperty } from '../Intercom/webhooks/properties';

const TOPICS =
	'Notifications that start the workflow; others get 200 and start nothing, so Intercom does not retry them. Topics not in the list: Only Additional Topics, then list them in Options › Additional Topics.';

export const triggerProperties: INodeProperties[] = [
	{
		// n8n keeps only links and lists in a notice (2.40: a, ul, li), so the steps are numbered in their text.
		displayName:
			'Connect it once in Intercom, which has no API for this:<ul><li>1. Choose the credential of your app (with its Client Secret) and the Topics.</li><li>2. Publish the workflow, then copy the Production URL from Webhook URLs above: it must be HTTPS and reachable from the internet.</li><li>3. In Developer Hub › your app › Configure › Webhooks, paste the URL (Intercom checks it at once) and tick the same topics; each needs the permission it names.</li></ul>To try it first, paste the Test URL instead and click Execute step here before Intercom sends anything.',
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
