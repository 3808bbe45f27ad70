import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllOrLimit } from '../../descriptions/returnAllOrLimit';
import { readLimit } from '../../parameters/limit';
import { collectItems } from '../../transport';
import type { OperationOption } from '../operation';
import { eventContactKey } from './contactKey';
import { eventPages } from './pages';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the events of a contact',
	description: "List a contact's events of the last 90 days, newest first",
};

export const description: INodeProperties[] = [contactRLC(), ...returnAllOrLimit];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const limit = readLimit(this, itemIndex);
	const contact = eventContactKey(this, itemIndex, 'list');
	return await collectItems(eventPages(this, contact, itemIndex), limit);
}
