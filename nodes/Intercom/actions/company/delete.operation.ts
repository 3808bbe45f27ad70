import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { resolveCompanyId } from '../../helpers/companies';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { intercomApiRequest } from '../../transport';

const properties: INodeProperties[] = [companyRLC()];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.DeletedCompanyObject> {
	const companyId = await resolveCompanyId(this, itemIndex);
	return await intercomApiRequest<Intercom.DeletedCompanyObject>(this, {
		method: 'DELETE',
		path: `/companies/${encodeURIComponent(companyId)}`,
		itemIndex,
	});
}
