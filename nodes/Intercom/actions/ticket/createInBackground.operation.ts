import type { Intercom } from 'intercom-client';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readCollection } from '../../parameters/read';
import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { readWaiting, waitForJob, waitOptions } from '../waiting';
import { description as createDescription, readNewTicket } from './create.operation';

export const option: OperationOption = {
	name: 'Create in Background',
	action: 'Create a ticket in the background',
	description: 'Queue a ticket for Intercom to create (for bulk loads); optionally wait for it',
};

export const description: INodeProperties[] = [
	...createDescription,
	optionsCollection([
		{
			displayName: 'Skip Notifications',
			name: 'skipNotifications',
			type: 'boolean',
			default: false,
			description: 'Whether to create it without notifying the contact and teammates',
		},
		...waitOptions,
	]),
];

/**
 * Answers a job (`pending`, then `success` with the ticket's ID, or `failed`); with Wait for Completion the job is
 * read from `GET /jobs/status/{id}` until it ends. Not repeated after a lost answer: the ticket would be queued twice.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/tickets/enqueuecreateticket
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.Jobs> {
	const waiting = readWaiting(this, itemIndex);
	const { skipNotifications } = readCollection<{ skipNotifications: boolean }>(this, itemIndex, 'options');
	const body = await readNewTicket(this, itemIndex);
	const job = await intercomApiRequest<Intercom.Jobs & IDataObject>(this, {
		method: 'POST',
		path: '/tickets/enqueue',
		body: { ...body, ...(skipNotifications !== undefined ? { skip_notifications: skipNotifications } : {}) },
		itemIndex,
	});
	return await waitForJob(this, itemIndex, waiting, job, async () => {
		return await intercomApiRequest<Intercom.Jobs & IDataObject>(this, {
			method: 'GET',
			path: `/jobs/status/${encodeURIComponent(job.id)}`,
			itemIndex,
		});
	});
}
