import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { resolveCompanyId } from '../../lookups/company';
import { returnUnpaged } from '../list';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the notes of a company',
	description: 'List the notes written on a company',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [companyRLC(), ...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/notes/listcompanynotes */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Note[]> {
	const companyId = await resolveCompanyId(this, itemIndex);
	return await returnUnpaged<Intercom.Note>(this, itemIndex, {
		path: `/companies/${encodeURIComponent(companyId)}/notes`,
	});
}
