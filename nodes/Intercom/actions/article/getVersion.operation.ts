import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Get Version',
	action: 'Get a version of an article',
	description: 'One published version of an article, with its content',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	articleRLC(),
	{
		displayName: 'Version ID',
		name: 'versionId',
		type: 'string',
		default: '',
		required: true,
		description: 'As Get Versions lists it',
	},
];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/articles/retrievearticleversion */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const articleId = readArticleId(this, itemIndex);
	const versionId = readIntegerId(this, itemIndex, 'versionId');
	return await intercomApiRequest<IDataObject>(this, {
		method: 'GET',
		path: `/articles/${articleId}/versions/${versionId}`,
		itemIndex,
	});
}
