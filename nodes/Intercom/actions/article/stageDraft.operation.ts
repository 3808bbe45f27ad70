import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { readArticleId } from './articleId';
import { description as updateDescription, readArticleChanges } from './update.operation';

export const option: OperationOption = {
	name: 'Stage Draft',
	action: 'Stage a draft of an article',
	description: 'Write changes to an article as a draft, leaving the published article as it is',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = updateDescription;

/**
 * The same draft twice leaves the same draft, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/articles/stagearticledraft
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Article> {
	const articleId = readArticleId(this, itemIndex);
	return await intercomApiRequest<Intercom.Article>(this, {
		method: 'PUT',
		path: `/articles/${articleId}/draft`,
		body: readArticleChanges(this, itemIndex),
		itemIndex,
	});
}
