import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionRLC } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readCollectionId } from './fields';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a collection',
	description: 'Delete a help center collection',
};

export const description: INodeProperties[] = [
	{ ...collectionRLC(), hint: 'Its articles stay, outside any collection' },
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.DeletedCollectionObject> {
	const collectionId = readCollectionId(this, itemIndex);
	return await intercomApiRequest<Intercom.DeletedCollectionObject>(this, {
		method: 'DELETE',
		path: `/help_center/collections/${collectionId}`,
		itemIndex,
	});
}
