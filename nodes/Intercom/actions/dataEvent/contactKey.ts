import type { IExecuteFunctions } from 'n8n-workflow';

import { readLocator } from '../../parameters/read';

const HINT = 'choose the contact, or give its Intercom ID, external ID or email';

/**
 * How the events API names the contact, without a lookup: `id` (Intercom's, the only key for leads), `user_id`
 * (your external ID) or `email`. Listing names Intercom's id `intercom_user_id` instead.
 */
export function eventContactKey(
	context: IExecuteFunctions,
	itemIndex: number,
	use: 'track' | 'list',
): Record<string, string> {
	const { mode, value } = readLocator(context, itemIndex, 'contact', HINT);
	if (mode === 'externalId') return { user_id: value };
	if (mode === 'email') return { email: value };
	return use === 'track' ? { id: value } : { intercom_user_id: value };
}
