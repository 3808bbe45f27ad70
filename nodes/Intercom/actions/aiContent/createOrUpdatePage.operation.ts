import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readBoolean, readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readPage, readUrl } from './body';
import { pageContentFields, sourceIdField, urlField } from './fields';

export const option: OperationOption = {
	name: 'Create or Update Page',
	action: 'Create or update an external page',
	description: 'Give Fin and Copilot a page of your own content, keyed by your external ID',
};

export const description: INodeProperties[] = [
	sourceIdField,
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. notion-page-42',
		description:
			'Your own ID for the page: the page with this ID in the source is updated, or a new one created',
	},
	...pageContentFields,
	urlField,
	{
		displayName: 'Available to Fin',
		name: 'finAvailable',
		type: 'boolean',
		default: true,
		description: 'Whether Fin (the AI agent) uses the page in its answers',
	},
	{
		displayName: 'Available to Copilot',
		name: 'copilotAvailable',
		type: 'boolean',
		default: true,
		description: 'Whether Copilot uses the page when it helps teammates',
	},
];

/**
 * Keyed on the external ID, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/ai-content/createexternalpage
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.ExternalPage> {
	const url = readUrl(this, itemIndex, false);
	return await intercomApiRequest<Intercom.ExternalPage>(this, {
		method: 'POST',
		path: '/ai/external_pages',
		body: {
			...readPage(this, itemIndex),
			external_id: readText(this, itemIndex, 'externalId', { required: true }),
			...(url ? { url } : {}),
			ai_agent_availability: readBoolean(this, itemIndex, 'finAvailable'),
			ai_copilot_availability: readBoolean(this, itemIndex, 'copilotAvailable'),
		},
		itemIndex,
		retryable: true,
	});
}
