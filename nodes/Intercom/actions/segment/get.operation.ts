import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a segment',
	description: 'Get a segment of contacts by ID',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Segment Name or ID',
		name: 'segmentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSegments' },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Segment> {
	const segmentId = readText(this, itemIndex, 'segmentId', { required: true });
	return await intercomApiRequest<Intercom.Segment>(this, {
		method: 'GET',
		path: `/segments/${encodeURIComponent(segmentId)}`,
		itemIndex,
	});
}
