import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readLocator } from './read';

/**
 * A contact as Intercom's conversation endpoints name one: by `intercom_user_id`, `user_id` (your external id) or
 * `email`, taken from the Contact locator as given, with no lookup call.
 */
export function contactReference(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const { mode, value } = readLocator(
		context,
		itemIndex,
		'contact',
		'choose a contact or give its ID, external ID or email',
	);
	if (mode === 'externalId') return { user_id: value };
	if (mode === 'email') return { email: value };
	return { intercom_user_id: value };
}
