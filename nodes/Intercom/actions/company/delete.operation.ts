import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { resolveCompanyId } from '../../lookups/company';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a company',
	description: 'Delete a company permanently; its contacts remain',
};

export const description: INodeProperties[] = [companyRLC()];

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
