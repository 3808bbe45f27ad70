import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { tagIdField } from '../../descriptions/pickers';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { internalArticleIdField } from './fields';

export const option: OperationOption = {
	name: 'Remove Tag',
	action: 'Remove a tag from an internal article',
	description: 'Take a tag off an internal article',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [internalArticleIdField, tagIdField];

/**
 * Asked again after a lost answer: removing twice leaves none.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/tags/detachtagfrominternalarticle
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const internalArticleId = readIntegerId(this, itemIndex, 'internalArticleId');
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'DELETE',
		path: `/internal_articles/${internalArticleId}/tags/${tagId}`,

		itemIndex,
		retryable: true,
	});
}
