import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { tagNameField } from '../../descriptions/pickers';
import { resolveCompanyId } from '../../helpers/companies';
import { requiredString } from '../../helpers/parameters';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRLC(), tagNameField];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['removeTag'] } },
	properties,
);

/** Companies are tagged through `POST /tags` by tag name. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tags/createtag */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const name = requiredString(this, itemIndex, 'tagName', 'Tag');
	const companyId = await resolveCompanyId(this, itemIndex);
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'POST',
		path: '/tags',
		body: { name, companies: [{ id: companyId, untag: true }] },
		itemIndex,
		retryable: true,
	});
}
