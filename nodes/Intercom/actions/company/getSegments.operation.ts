import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { resolveCompanyId } from '../../helpers/companies';
import { listItems } from '../../helpers/lists';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';

const properties: INodeProperties[] = [companyRLC()];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['getSegments'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Segment[]> {
	const companyId = await resolveCompanyId(this, itemIndex);
	return await listItems<Intercom.Segment>(
		this,
		itemIndex,
		`/companies/${encodeURIComponent(companyId)}/segments`,
	);
}
