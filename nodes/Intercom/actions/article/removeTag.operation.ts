import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { tagIdField } from '../../descriptions/pickers';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Remove Tag',
	action: 'Remove a tag from an article',
	description: 'Take a tag off an article',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [articleRLC(), tagIdField];

/**
 * Asked again after a lost answer: removing twice leaves none.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tags/detachtagfromarticle
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const articleId = readArticleId(this, itemIndex);
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'DELETE',
		path: `/articles/${articleId}/tags/${tagId}`,

		itemIndex,
		retryable: true,
	});
}
