import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a team',
	description: 'Get a team with its members',
};

export const description: INodeProperties[] = [
	{
		displayName: 'Team Name or ID',
		name: 'teamId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		required: true,
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Team> {
	const teamId = readIntegerId(this, itemIndex, 'teamId');
	return await intercomApiRequest<Intercom.Team>(this, {
		method: 'GET',
		path: `/teams/${encodeURIComponent(teamId)}`,
		itemIndex,
	});
}
