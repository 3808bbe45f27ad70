import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Search',
	action: 'Search internal articles',
	description: 'List the internal articles of a folder',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Folder ID',
		name: 'folderId',
		type: 'string',
		default: '',
		description: 'Only the articles in this folder; empty for every folder',
	},
	...returnAllOrLimit,
];

/**
 * Intercom nests the results one level deeper than its other lists (`data.internal_articles`).
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/internal-articles/searchinternalarticles
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.InternalArticleListItem[]> {
	const folderId = readText(this, itemIndex, 'folderId');
	const limit = readLimit(this, itemIndex);
	const answer = await intercomApiRequest<Intercom.InternalArticleSearchResponse>(this, {
		method: 'GET',
		path: '/internal_articles/search',
		qs: folderId ? { folder_id: folderId } : {},
		itemIndex,
	});
	return (answer.data?.internal_articles ?? []).slice(0, limit);
}
