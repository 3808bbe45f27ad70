import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import { toUnixSeconds } from '../../helpers/dates';
import { readLimit } from '../../helpers/limit';
import { simplifyContact } from '../../helpers/simplify';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { collectItems, cursorPages, filterPages, searchPages } from '../../transport';

const DAY_SECONDS = 86_400;

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	filtersCollection([
		{
			displayName: 'Updated Since',
			name: 'updatedSince',
			type: 'dateTime',
			default: '',
			description:
				'Only contacts changed at or after this moment, oldest change first: for syncing only what changed since the last run',
		},
	]),
	simplifyField,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getAll'] } },
	properties,
);

/**
 * Intercom's search compares dates by calendar day in the workspace's time zone (`>` starts at the next day), so
 * the query asks from a day earlier and the exact cut is made here.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/searchcontacts
 */
function changedSince(context: IExecuteFunctions, itemIndex: number, since: number) {
	const pages = searchPages<Intercom.Contact>(context, {
		path: '/contacts/search',
		itemsKey: 'data',
		body: {
			query: { field: 'updated_at', operator: '>', value: since - DAY_SECONDS },
			sort: { field: 'updated_at', order: 'ascending' },
		},
		itemIndex,
	});
	return filterPages(pages, (contact) => contact.updated_at >= since);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const limit = readLimit(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	const { updatedSince } = this.getNodeParameter('filters', itemIndex, {}) as { updatedSince?: string };
	const pages = updatedSince
		? changedSince(this, itemIndex, toUnixSeconds(updatedSince, 'Updated Since', this.getNode(), itemIndex))
		: cursorPages<Intercom.Contact>(this, { path: '/contacts', itemsKey: 'data', limit, itemIndex });
	const contacts = await collectItems(pages, limit);
	return simplify ? contacts.map(simplifyContact) : contacts;
}
