import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get an article',
	description: 'Get a help center article with its translations',
};

export const description: INodeProperties[] = [articleRLC()];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Article> {
	const articleId = readArticleId(this, itemIndex);
	return await intercomApiRequest<Intercom.Article>(this, {
		method: 'GET',
		path: `/articles/${articleId}`,
		itemIndex,
	});
}
