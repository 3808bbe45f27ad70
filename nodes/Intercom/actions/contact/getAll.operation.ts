import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { simplifyField } from '../../descriptions/simplify';
import { readLimit } from '../../helpers/limit';
import { simplifyContact } from '../../helpers/simplify';
import { updateDisplayOptions } from '../../helpers/updateDisplayOptions';
import { collectItems, cursorPages } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, simplifyField];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getAll'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const limit = readLimit(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	const pages = cursorPages<Intercom.Contact>(this, {
		path: '/contacts',
		itemsKey: 'data',
		limit,
		itemIndex,
	});
	const contacts = await collectItems(pages, limit);
	return simplify ? contacts.map(simplifyContact) : contacts;
}
