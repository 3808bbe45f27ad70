import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import { resolveCompanyId } from './lookup';
import { requiredString } from '../../parameters/text';

/**
 * Companies are tagged and untagged through `POST /tags`, by tag name; an unknown name creates the tag.
 * Repeating it leaves the same state, so it may be retried.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tags/createtag
 */
export async function setCompanyTag(
	context: IExecuteFunctions,
	itemIndex: number,
	tagged: boolean,
): Promise<Intercom.Tag> {
	const name = requiredString(context, itemIndex, 'tagName', 'Tag');
	const companyId = await resolveCompanyId(context, itemIndex);
	return await intercomApiRequest<Intercom.Tag>(context, {
		method: 'POST',
		path: '/tags',
		body: { name, companies: [{ id: companyId, ...(tagged ? {} : { untag: true }) }] },
		itemIndex,
		retryable: true,
	});
}
