import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filtersCollection, returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import { toUnixSeconds } from '../../parameters/dates';
import { readLimit } from '../../parameters/limit';
import { simplifyContact } from './simplify';
import { collectItems, cursorPages } from '../../transport';
import { contactsChangedSince } from './changedSince';
import type { OperationOption } from '../operation';
import { readBoolean, readCollection } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List contacts, or only those changed since a moment',
};

export const description: INodeProperties[] = [
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

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const limit = readLimit(this, itemIndex);
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const { updatedSince } = readCollection<{ updatedSince?: string }>(this, itemIndex, 'filters');
	const pages = updatedSince
		? contactsChangedSince(this, {
				field: 'updated_at',
				since: toUnixSeconds(updatedSince, 'Updated Since', this.getNode(), itemIndex),
				order: 'ascending',
				itemIndex,
			})
		: cursorPages<Intercom.Contact>(this, { path: '/contacts', itemsKey: 'data', limit, itemIndex });
	const contacts = await collectItems(pages, limit);
	return simplify ? contacts.map(simplifyContact) : contacts;
}
