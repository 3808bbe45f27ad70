import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete an article',
	description: 'Delete a help center article and its translations',
};

export const description: INodeProperties[] = [articleRLC()];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.DeletedArticleObject> {
	const articleId = readArticleId(this, itemIndex);
	return await intercomApiRequest<Intercom.DeletedArticleObject>(this, {
		method: 'DELETE',
		path: `/articles/${articleId}`,
		itemIndex,
	});
}
