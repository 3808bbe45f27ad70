import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { internalArticleIdField } from './fields';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete an internal article',
	description: 'Delete an internal article',
};

export const description: INodeProperties[] = [internalArticleIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/internal-articles/deleteinternalarticle */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const internalArticleId = readIntegerId(this, itemIndex, 'internalArticleId');
	return await intercomApiRequest<IDataObject>(this, {
		method: 'DELETE',
		path: `/internal_articles/${internalArticleId}`,
		itemIndex,
	});
}
