import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { resolveContactId } from '../../lookups/contact';
import { returnUnpaged } from '../list';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Banners',
	action: 'Get the banners of a contact',
	description: 'List the banners a contact sees, each with the view ID Dismiss Banner takes',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [contactRLC(), ...returnAllOrLimit];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/contacts/listcontactbanners */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const contactId = await resolveContactId(this, itemIndex);
	return await returnUnpaged<IDataObject>(this, itemIndex, {
		path: `/contacts/${encodeURIComponent(contactId)}/banners`,
	});
}
