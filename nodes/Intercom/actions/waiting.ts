import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { readCollection } from '../parameters/read';

/** The options of an operation that starts a job Intercom runs in the background (an export). */
export const waitOptions: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'wait',
		type: 'boolean',
		default: false,
		description:
			'Whether to check the job until it ends and output it then; off outputs the job at once (check it later with Get)',
	},
	{
		displayName: 'Max Wait (Minutes)',
		name: 'maxWaitMinutes',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 120 },
		default: 15,
		description: 'How long to wait before failing the item; the job goes on in Intercom',
	},
];

/** How a job's status reads: done (with or without data), still running, or ended without a result. */
const DONE = new Set(['completed', 'complete', 'success', 'no_data']);
const ENDED_BADLY = new Set(['failed', 'canceled', 'cancelled']);

const FIRST_CHECK_MS = 1_000;
const LONGEST_PAUSE_MS = 30_000;

export interface Waiting {
	wait: boolean;
	maxWaitMinutes: number;
}

/** Wait for Completion and Max Wait, read before the job starts: a bad value must not leave a job behind. */
export function readWaiting(context: IExecuteFunctions, itemIndex: number): Waiting {
	const { wait = false, maxWaitMinutes = 15 } = readCollection<Waiting>(context, itemIndex, 'options');
	return { wait, maxWaitMinutes };
}

/**
 * Reads a job's status again and again — after 1 s, then twice as long each time up to 30 s — until it is done, and
 * returns it. A job that fails or is cancelled, or outlasts Max Wait, fails the item with what Intercom said.
 */
export async function waitForJob<T extends IDataObject>(
	context: IExecuteFunctions,
	itemIndex: number,
	{ wait, maxWaitMinutes }: Waiting,
	started: T,
	read: () => Promise<T>,
): Promise<T> {
	if (!wait) return started;
	const deadline = Date.now() + maxWaitMinutes * 60_000;
	let job = started;
	let pause = FIRST_CHECK_MS;
	for (;;) {
		const status = String(job.status ?? '');
		if (DONE.has(status)) return job;
		if (ENDED_BADLY.has(status)) {
			throw new NodeOperationError(context.getNode(), `The Intercom job ended as "${status}"`, {
				itemIndex,
				description: `Job ${String(job.job_identifier ?? job.id ?? '')}: ${JSON.stringify(job)}`,
			});
		}
		if (Date.now() + pause > deadline) {
			throw new NodeOperationError(
				context.getNode(),
				`The Intercom job was still "${status}" after ${maxWaitMinutes} minutes ("Max Wait (Minutes)")`,
				{ itemIndex, description: 'It goes on in Intercom: read it later with Get, or wait longer.' },
			);
		}
		await sleep(pause);
		pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
		job = await read();
	}
}
