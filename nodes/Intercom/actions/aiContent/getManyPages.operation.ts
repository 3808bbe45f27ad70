import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Many Pages',
	action: 'Get many external pages',
	description: 'List the external pages Fin and Copilot can read',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/listexternalpages */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ExternalPage[]> {
	return await returnUnpaged<Intercom.ExternalPage>(this, itemIndex, { path: '/ai/external_pages' });
}
