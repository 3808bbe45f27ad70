import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { resolveContactId } from '../../lookups/contact';
import { nextCursorSource } from '../../transport';
import { returnList } from '../list';
import type { ApiVersion, OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Merge History',
	action: 'Get the merge history of a contact',
	description:
		'List the contacts merged into this one, with their former IDs (for CRM records that kept them)',
};

export const since: ApiVersion = '2.16';

export const description: INodeProperties[] = [contactRLC(), ...returnAllLimitOrPage];

/** https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/contacts/listcontactmergehistory */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const contactId = await resolveContactId(this, itemIndex);
	const source = nextCursorSource<IDataObject>(this, {
		path: `/contacts/${encodeURIComponent(contactId)}/merge_history`,
		itemsKey: 'data',
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
