import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { ticketIdField } from '../../descriptions/ticketRLC';
import { ticketIdOf } from '../../lookups/ticket';
import { actingAdminField, tagIdField } from '../../descriptions/pickers';
import { readActingAdmin } from '../../parameters/actingAdmin';
import { readIntegerId } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';

export const option: OperationOption = {
	name: 'Add Tag',
	action: 'Add a tag to a ticket',
	description: 'Tag a ticket with an existing tag',
};

export const description: INodeProperties[] = [ticketIdField, tagIdField, actingAdminField];

/**
 * Tagging twice leaves one tag, so a lost answer is asked again.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tags/attachtagtoticket
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const ticketId = ticketIdOf(this, itemIndex);
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'POST',
		path: `/tickets/${encodeURIComponent(ticketId)}/tags`,
		body: { id: tagId, admin_id: await readActingAdmin(this, itemIndex) },
		itemIndex,
		retryable: true,
	});
}
