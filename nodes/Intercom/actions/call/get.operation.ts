import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { callIdField } from './fields';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a call',
	description: 'Get a phone call: its parties, times, state and links to its recording and transcript',
};

export const description: INodeProperties[] = [callIdField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/calls/showcall */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Call> {
	const callId = readText(this, itemIndex, 'callId', { required: true });
	return await intercomApiRequest<Intercom.Call>(this, {
		method: 'GET',
		path: `/calls/${encodeURIComponent(callId)}`,
		itemIndex,
	});
}
