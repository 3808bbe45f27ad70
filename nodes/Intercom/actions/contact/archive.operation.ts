import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { contactRLC } from '../../descriptions/contactRLC';
import { setContactArchived } from './archiving';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Archive',
	action: 'Archive a contact',
	description: 'Archive a contact; it can be unarchived later',
};

export const description: INodeProperties[] = [contactRLC()];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.ContactArchived | Intercom.ContactUnarchived> {
	return await setContactArchived(this, itemIndex, 'archive');
}
