import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { adminPicker } from '../../descriptions/pickers';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get an admin',
	description: 'Get a teammate by ID',
};

export const description: INodeProperties[] = [adminPicker({ displayName: 'Admin', required: true })];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Admin> {
	const adminId = readIntegerId(this, itemIndex, 'adminId');
	return await intercomApiRequest<Intercom.Admin>(this, {
		method: 'GET',
		path: `/admins/${encodeURIComponent(adminId)}`,
		itemIndex,
	});
}
