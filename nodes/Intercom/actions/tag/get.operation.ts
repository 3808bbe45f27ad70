import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { tagIdField } from '../../descriptions/pickers';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a tag',
	description: 'Get a tag by ID',
};

export const description: INodeProperties[] = [tagIdField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'GET',
		path: `/tags/${encodeURIComponent(tagId)}`,
		itemIndex,
	});
}
