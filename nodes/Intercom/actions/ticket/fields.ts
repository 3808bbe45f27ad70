import type { INodeProperties } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';

/** Whom a ticket is assigned to: a teammate or a team. */
export const assigneeFields: INodeProperties[] = [
	adminPicker({ displayName: 'Assignee Admin', name: 'adminAssigneeId' }),
	{
		displayName: 'Assignee Team Name or ID',
		name: 'teamAssigneeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
];
