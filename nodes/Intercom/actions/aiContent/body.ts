import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readIntegerId, readText } from '../../parameters/read';

/** The page fields every page call sends: Intercom takes only English (`locale: en`) here. */
export function readPage(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return {
		title: readText(context, itemIndex, 'title', { required: true }),
		html: readText(context, itemIndex, 'html', { required: true, keepSpaces: true }),
		locale: 'en',
		source_id: Number(readIntegerId(context, itemIndex, 'sourceId')),
	};
}

/** The URL field, refused unless it is an http(s) link (Intercom would refuse it later, less clearly). */
export function readUrl(context: IExecuteFunctions, itemIndex: number, required: boolean): string {
	const url = readText(context, itemIndex, 'url', { required });
	if (url === '' || /^https?:\/\/\S+$/i.test(url)) return url;
	throw new NodeOperationError(context.getNode(), `"URL" is not an http(s) link: "${url.slice(0, 60)}"`, {
		itemIndex,
	});
}
