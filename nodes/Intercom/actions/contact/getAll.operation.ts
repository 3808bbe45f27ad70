import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	parallelStreamsField,
	returnAllLimitOrPage,
} from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import { toUnixSeconds } from '../../parameters/dates';
import { simplifyContact } from './simplify';
import { cursorSource } from '../../transport';
import { contactsChangedSinceSource } from './changedSince';
import { returnList } from '../list';
import type { OperationOption } from '../operation';
import { readStreams } from '../../parameters/paging';
import { readBoolean, readCollection } from '../../parameters/read';
import { contactsByCreatedRanges } from './createdRanges';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List contacts, or only those changed since a moment',
};

export const description: INodeProperties[] = [
	...returnAllLimitOrPage,
	parallelStreamsField(
		'each a search over its own range of creation dates, the contacts then oldest first (not used with Updated Since)',
	),
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
	const simplify = readBoolean(this, itemIndex, 'simplify');
	const { updatedSince } = readCollection<{ updatedSince?: string }>(this, itemIndex, 'filters');
	const streams = updatedSince ? 1 : readStreams(this, itemIndex);
	const contacts = streams > 1 ? await contactsByCreatedRanges(this, itemIndex, streams) : undefined;
	if (contacts) return simplify ? contacts.map(simplifyContact) : contacts;
	const source = updatedSince
		? contactsChangedSinceSource(this, {
				field: 'updated_at',
				since: toUnixSeconds(updatedSince, 'Updated Since', this.getNode(), itemIndex),
				order: 'ascending',
				itemIndex,
			})
		: cursorSource<Intercom.Contact>(this, { path: '/contacts', itemsKey: 'data', itemIndex });
	return await returnList(this, itemIndex, source, simplify ? simplifyContact : undefined);
}
