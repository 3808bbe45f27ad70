import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { actingAdminField, adminPicker } from '../../descriptions/pickers';
import { conversationRLC } from '../../descriptions/conversationRLC';
import { readActingAdmin } from '../../parameters/actingAdmin';
import type { OperationOption } from '../operation';
import { conversationIdOf } from '../../lookups/conversation';
import { manageConversation } from './manage';
import { readOption, readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Assign',
	action: 'Assign a conversation',
	description: 'Assign a conversation to a teammate or a team, or unassign it',
};

export const description: INodeProperties[] = [
	conversationRLC(),
	{
		displayName: 'Assign To',
		name: 'assignTo',
		type: 'options',
		options: [
			{ name: 'Admin', value: 'admin', description: 'A teammate' },
			{ name: 'Team', value: 'team' },
			{ name: 'Nobody', value: 'nobody', description: 'Unassign the conversation' },
		],
		default: 'admin',
	},
	{
		...adminPicker({
			displayName: 'Assignee',
			name: 'assigneeAdminId',
			purpose: 'The teammate who gets the conversation',
		}),
		displayOptions: { show: { assignTo: ['admin'] } },
	},
	{
		displayName: 'Team Name or ID',
		name: 'assigneeTeamId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		description:
			'The team that gets the conversation. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { assignTo: ['team'] } },
	},
	actingAdminField,
	{
		displayName: 'Message',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Optional message posted in the conversation with the assignment',
	},
];

/** `assignee_id` "0" unassigns. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Conversation> {
	const conversationId = conversationIdOf(this, itemIndex);
	const assignTo = readOption<'admin' | 'team' | 'nobody'>(this, itemIndex, 'assignTo');
	const assigneeId =
		assignTo === 'nobody'
			? '0'
			: readText(this, itemIndex, assignTo === 'admin' ? 'assigneeAdminId' : 'assigneeTeamId');
	if (assigneeId === '') {
		throw new NodeOperationError(
			this.getNode(),
			`"${assignTo === 'admin' ? 'Assignee Name or ID' : 'Team Name or ID'}" is empty: choose whom to assign the conversation to`,
			{ description: 'To unassign it, set "Assign To" to Nobody.', itemIndex },
		);
	}
	const body = readText(this, itemIndex, 'body');
	return await manageConversation(this, itemIndex, conversationId, {
		message_type: 'assignment',
		type: assignTo === 'team' ? 'team' : 'admin',
		admin_id: await readActingAdmin(this, itemIndex),
		assignee_id: assigneeId,
		...(body ? { body } : {}),
	});
}
