import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { companyRLC } from '../../descriptions/companyRLC';
import { resolveCompanyId } from '../../lookups/company';
import type { OperationOption } from '../operation';
import { unpagedItems } from '../../transport';

export const option: OperationOption = {
	name: 'Get Segments',
	action: 'Get the segments of a company',
	description: 'List the segments a company is in',
};

export const description: INodeProperties[] = [companyRLC()];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Segment[]> {
	const companyId = await resolveCompanyId(this, itemIndex);
	return await unpagedItems<Intercom.Segment>(this, {
		path: `/companies/${encodeURIComponent(companyId)}/segments`,
		itemIndex,
	});
}
