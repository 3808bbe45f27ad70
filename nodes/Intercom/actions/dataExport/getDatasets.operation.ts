import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { returnUnpaged } from '../list';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Reporting Datasets',
	action: 'Get the reporting datasets',
	description: 'List the reporting datasets and the attributes each can export',
};

export const description: INodeProperties[] = [...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/reporting-data-export/listavailabledatasetsandattributes */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await returnUnpaged<IDataObject>(this, itemIndex, { path: '/export/reporting_data/get_datasets' });
}
