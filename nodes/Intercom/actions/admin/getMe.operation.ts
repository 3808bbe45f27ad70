import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get Me',
	action: "Get the token's admin",
	description: 'Get the teammate who owns the access token, with the workspace (app) it belongs to',
};

export const description: INodeProperties[] = [];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.AdminWithApp> {
	return await intercomApiRequest<Intercom.AdminWithApp>(this, { method: 'GET', path: '/me', itemIndex });
}
