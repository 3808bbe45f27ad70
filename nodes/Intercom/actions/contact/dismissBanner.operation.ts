import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { resolveContactId } from '../../lookups/contact';
import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Dismiss Banner',
	action: 'Dismiss a banner for a contact',
	description: 'Hide a banner from a contact, as if they had closed it',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [
	contactRLC(),
	{
		displayName: 'View ID',
		name: 'viewId',
		type: 'string',
		default: '',
		required: true,
		description: "The banner's view ID, as Get Banners gives it",
	},
];

/**
 * Dismissing twice leaves it dismissed, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/contacts/dismisscontactbanner
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const viewId = readText(this, itemIndex, 'viewId', { required: true });
	const contactId = await resolveContactId(this, itemIndex);
	return await intercomApiRequest<IDataObject>(this, {
		method: 'POST',
		path: `/contacts/${encodeURIComponent(contactId)}/banners/${encodeURIComponent(viewId)}/dismiss`,
		itemIndex,
		retryable: true,
	});
}
