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
	name: 'Remove Tag',
	action: 'Remove a tag from a ticket',
	description: 'Take a tag off a ticket',
};

export const description: INodeProperties[] = [ticketIdField, tagIdField, actingAdminField];

/** https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tags/detachtagfromticket */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Tag> {
	const ticketId = ticketIdOf(this, itemIndex);
	const tagId = readIntegerId(this, itemIndex, 'tagId');
	return await intercomApiRequest<Intercom.Tag>(this, {
		method: 'DELETE',
		path: `/tickets/${encodeURIComponent(ticketId)}/tags/${tagId}`,
		body: { admin_id: await readActingAdmin(this, itemIndex) },
		itemIndex,
		retryable: true,
	});
}
