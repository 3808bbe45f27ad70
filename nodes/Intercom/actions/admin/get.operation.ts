import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requiredString } from '../../parameters/text';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { adminField } from './adminField';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get an admin',
	description: 'Get a teammate by ID',
};

export const description: INodeProperties[] = [adminField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Admin> {
	const adminId = requiredString(this, itemIndex, 'adminId', 'Admin');
	return await intercomApiRequest<Intercom.Admin>(this, {
		method: 'GET',
		path: `/admins/${encodeURIComponent(adminId)}`,
		itemIndex,
	});
}
