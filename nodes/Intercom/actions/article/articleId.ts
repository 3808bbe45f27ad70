import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readLocator } from '../../parameters/read';

/** The article's numeric id, from the list, its ID or its URL. */
export function readArticleId(context: IExecuteFunctions, itemIndex: number): string {
	const { value } = readLocator(context, itemIndex, 'article', 'choose an article, or give its ID or URL');
	const id = /\/articles\/(\d+)/.exec(value)?.[1] ?? value;
	if (!/^\d+$/.test(id)) {
		throw new NodeOperationError(
			context.getNode(),
			`"Article" must be an article ID or URL, not "${value}"`,
			{
				itemIndex,
			},
		);
	}
	return id;
}
