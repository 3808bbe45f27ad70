import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { returnAllLimitOrPage } from '../../descriptions/returnAllOrLimit';
import { nextUrlSource } from '../../transport';
import { returnList } from '../list';
import type { OperationOption } from '../operation';
import { eventContactKey } from './contactKey';

export const option: OperationOption = {
	name: 'Get Many',
	action: 'Get the events of a contact',
	description: "List a contact's events of the last 90 days, newest first",
};

export const description: INodeProperties[] = [contactRLC(), ...returnAllLimitOrPage];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<object[]> {
	const contact = eventContactKey(this, itemIndex, 'list');
	const source = nextUrlSource<IDataObject>(this, {
		path: '/events',
		itemsKey: 'events',
		qs: { ...contact, type: 'user' },
		itemIndex,
	});
	return await returnList(this, itemIndex, source);
}
