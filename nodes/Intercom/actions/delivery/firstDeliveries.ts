import type { IExecuteFunctions } from 'n8n-workflow';

/** The tail of each node's queue of record updates in this process. */
const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier call with the same key in this process has ended. */
async function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
	const previous = queues.get(key) ?? Promise.resolve();
	const turn = previous.then(work, work);
	const tail = turn.catch(() => undefined);
	queues.set(key, tail);
	try {
		return await turn;
	} finally {
		if (queues.get(key) === tail) queues.delete(key);
	}
}

const RECORD_ATTEMPTS = 5;

/**
 * Which of `ids` were never passed on before, recording them in n8n's processed-data store (n8n's database, shared
 * by every process). That store reads a node's whole list of ids and writes it back, so two executions recording at
 * the same time lose one's ids and a later repeat would pass: calls are taken in turn within this process, and the
 * new ids are checked again after recording (and recorded again if another process wrote over them).
 */
export async function firstDeliveries(
	context: IExecuteFunctions,
	ids: string[],
	maxEntries: number,
): Promise<Set<string>> {
	if (ids.length === 0) return new Set();
	const options = { mode: 'entries' as const, maxEntries };
	const key = `${context.getWorkflow().id ?? ''}:${context.getNode().id}`;
	return await inTurn(key, async () => {
		const { new: fresh } = await context.helpers.checkProcessedAndRecord(ids, 'node', options);
		// Past `maxEntries` the store forgets the oldest by design: only the newest can be missing by accident.
		let unrecorded = fresh.slice(-maxEntries);
		for (let attempt = 1; attempt < RECORD_ATTEMPTS && unrecorded.length > 0; attempt++) {
			unrecorded = (await context.helpers.checkProcessedAndRecord(unrecorded, 'node', options)).new;
		}
		return new Set(fresh.map(String));
	});
}
