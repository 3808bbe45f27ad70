import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { intercomApiRequest } from '../transport';

/** The admin Intercom records as acting on a conversation (replies, notes, assignments, tags, state changes). */
export const actingAdminField: INodeProperties = {
	displayName: 'Acting Admin Name or ID',
	name: 'adminId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getActingAdmins' },
	default: '',
	description:
		'The teammate Intercom shows as doing this. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const tokenAdmins = new WeakMap<object, Promise<string>>();

/**
 * The acting admin's id: the one chosen, or the token's own admin from `GET /me`, asked once per execution whatever
 * the number of items. https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/admins/identifyadmin
 */
export async function readActingAdmin(context: IExecuteFunctions, itemIndex: number): Promise<string> {
	const chosen = String(context.getNodeParameter('adminId', itemIndex, '') ?? '').trim();
	if (chosen) return chosen;
	let own = tokenAdmins.get(context);
	if (!own) {
		own = intercomApiRequest<Intercom.AdminWithApp>(context, { method: 'GET', path: '/me', itemIndex }).then(
			(me) => String(me.id),
		);
		tokenAdmins.set(context, own);
		own.catch(() => tokenAdmins.delete(context));
	}
	return await own;
}
