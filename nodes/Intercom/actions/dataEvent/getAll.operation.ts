import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { collectItems, nextUrlPages } from '../../transport';
import type { OperationOption } from '../operation';
import { eventContactKey } from './contactKey';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the events of a contact',
	description: "List a contact's events of the last 90 days, newest first",
};

export const description: INodeProperties[] = [contactRLC(), ...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const limit = readLimit(this, itemIndex);
	const contact = eventContactKey(this, itemIndex, 'list');
	const pages = nextUrlPages<IDataObject>(this, {
		path: '/events',
		itemsKey: 'events',
		qs: { ...contact, type: 'user' },
		limit,
		itemIndex,
	});
	return await collectItems(pages, limit);
}
