import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions } from 'n8n-workflow';

import { intercomApiRequest } from '../transport';
import { readIntegerId } from './read';

const tokenOwners = new WeakMap<object, Promise<Intercom.AdminWithApp>>();

/**
 * The token's own admin and its workspace, from `GET /me`, asked once per execution whatever the number of items.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/admins/identifyadmin
 */
export async function readTokenOwner(
	context: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.AdminWithApp> {
	let owner = tokenOwners.get(context);
	if (!owner) {
		owner = intercomApiRequest<Intercom.AdminWithApp>(context, { method: 'GET', path: '/me', itemIndex });
		tokenOwners.set(context, owner);
		owner.catch(() => tokenOwners.delete(context));
	}
	return await owner;
}

/** The acting admin's id (digits, as Intercom types admin ids): the one chosen, or the token's own admin. */
export async function readActingAdmin(
	context: IExecuteFunctions,
	itemIndex: number,
	name = 'adminId',
): Promise<string> {
	const chosen = readIntegerId(context, itemIndex, name, { optional: true });
	if (chosen) return chosen;
	return String((await readTokenOwner(context, itemIndex)).id);
}
