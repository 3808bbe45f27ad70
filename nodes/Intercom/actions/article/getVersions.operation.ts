import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { readText } from '../../parameters/read';
import { numberedSource } from '../../transport';
import { returnList } from '../list';
import type { ApiVersion, OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Get Versions',
	action: 'Get the versions of an article',
	description: "List an article's published versions, newest first",
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	articleRLC(),
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'string',
		default: '',
		placeholder: 'en',
		description: "The language's versions; empty for the default language",
	},
	...returnAllLimitOrPage,
];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/articles/listarticleversions */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const articleId = readArticleId(this, itemIndex);
	const locale = readText(this, itemIndex, 'locale');
	const source = numberedSource<IDataObject>(this, {
		path: `/articles/${articleId}/versions`,
		itemsKey: 'data',
		qs: locale ? { locale } : {},
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
