import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { adminPicker } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readBoolean, readIntegerId } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Set Away',
	action: 'Set an admin away or back',
	description: "Turn a teammate's away mode on or off, optionally reassigning their new replies",
};

export const description: INodeProperties[] = [
	adminPicker({ displayName: 'Admin', purpose: 'The teammate to set away or back', tokenOwnerFirst: true }),
	{
		displayName: 'Away',
		name: 'away',
		type: 'boolean',
		default: true,
		description: 'Whether the teammate is away (on) or back (off)',
	},
	{
		displayName: 'Reassign New Replies',
		name: 'reassign',
		type: 'boolean',
		default: false,
		description:
			"Whether replies to the teammate's conversations go back to the inbox they came from while they are away",
		displayOptions: { show: { away: [true] } },
	},
	{
		displayName: 'Reason Name or ID',
		name: 'reasonId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAwayReasons' },
		default: '',
		description:
			'Why the teammate is away, from the reasons set up in the workspace. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { away: [true] } },
	},
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Admin> {
	const adminId = await readActingAdmin(this, itemIndex);
	const away = readBoolean(this, itemIndex, 'away');
	const reassign = away && readBoolean(this, itemIndex, 'reassign');
	const reasonId = away ? readIntegerId(this, itemIndex, 'reasonId', { optional: true }) : '';
	return await intercomApiRequest<Intercom.Admin>(this, {
		method: 'PUT',
		path: `/admins/${encodeURIComponent(adminId)}/away`,
		body: {
			away_mode_enabled: away,
			away_mode_reassign: reassign,
			...(reasonId ? { away_status_reason_id: Number(reasonId) } : {}),
		},
		itemIndex,
	});
}
