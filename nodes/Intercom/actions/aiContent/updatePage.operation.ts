import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readBoolean, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readPage, readUrl } from './body';
import { pageContentFields, pageIdField, sourceIdField, urlField } from './fields';

export const option: OperationOption = {
	name: 'Update Page',
	action: 'Update an external page',
	description: 'Replace the content of an external page by its Intercom ID',
};

export const description: INodeProperties[] = [
	pageIdField,
	sourceIdField,
	...pageContentFields,
	{ ...urlField, required: true },
	{
		displayName: 'Available to Fin',
		name: 'finAvailable',
		type: 'boolean',
		default: true,
		description: 'Whether Fin uses the page in its answers',
	},
];

/**
 * Intercom replaces the page, so it needs the title, HTML, URL and source every time.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/updateexternalpage
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ExternalPage> {
	const pageId = readText(this, itemIndex, 'pageId', { required: true });
	return await intercomApiRequest<Intercom.ExternalPage>(this, {
		method: 'PUT',
		path: `/ai/external_pages/${encodeURIComponent(pageId)}`,
		body: {
			...readPage(this, itemIndex),
			url: readUrl(this, itemIndex, true),
			fin_availability: readBoolean(this, itemIndex, 'finAvailable'),
		},
		itemIndex,
	});
}
