import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Get Draft',
	action: 'Get the draft of an article',
	description: "An article's staged draft, not yet published",
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [articleRLC()];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/articles/retrievearticledraft */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Article> {
	const articleId = readArticleId(this, itemIndex);
	return await intercomApiRequest<Intercom.Article>(this, {
		method: 'GET',
		path: `/articles/${articleId}/draft`,
		itemIndex,
	});
}
