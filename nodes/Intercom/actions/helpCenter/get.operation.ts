import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { helpCenterField } from '../../descriptions/helpCenterRLC';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a help center',
	description: 'Get one of the workspace’s help centers',
};

export const description: INodeProperties[] = [{ ...helpCenterField, required: true }];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.HelpCenter> {
	const helpCenterId = readIntegerId(this, itemIndex, 'helpCenterId');
	return await intercomApiRequest<Intercom.HelpCenter>(this, {
		method: 'GET',
		path: `/help_center/help_centers/${encodeURIComponent(helpCenterId)}`,
		itemIndex,
	});
}
