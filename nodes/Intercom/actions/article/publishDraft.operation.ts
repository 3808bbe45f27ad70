import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { articleRLC } from '../../descriptions/helpCenterRLC';
import { readText } from '../../parameters/read';
import { commaList } from '../../parameters/values';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';
import { readArticleId } from './articleId';

export const option: OperationOption = {
	name: 'Publish Draft',
	action: 'Publish the draft of an article',
	description: "Publish an article's staged draft, in every language or the chosen ones",
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	articleRLC(),
	{
		displayName: 'Locales',
		name: 'locales',
		type: 'string',
		default: '',
		placeholder: 'en, fr',
		description: 'Comma-separated language codes to publish; empty publishes every language of the draft',
	},
];

/**
 * Publishing twice leaves it published, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/articles/publisharticledraft
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Article> {
	const articleId = readArticleId(this, itemIndex);
	const locales = commaList(readText(this, itemIndex, 'locales'));
	return await intercomApiRequest<Intercom.Article>(this, {
		method: 'POST',
		path: `/articles/${articleId}/draft/publish`,
		body: locales.length > 0 ? { locales } : {},
		itemIndex,
		retryable: true,
	});
}
