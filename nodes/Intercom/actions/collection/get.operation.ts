import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { collectionRLC } from '../../descriptions/helpCenterRLC';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readCollectionId } from './fields';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a collection',
	description: 'Get a help center collection by ID',
};

export const description: INodeProperties[] = [collectionRLC()];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Collection> {
	const collectionId = readCollectionId(this, itemIndex);
	return await intercomApiRequest<Intercom.Collection>(this, {
		method: 'GET',
		path: `/help_center/collections/${collectionId}`,
		itemIndex,
	});
}
