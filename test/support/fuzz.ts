import type { Delivery, Notification } from '../fake/webhooks';
import { notification, signatureOf } from '../fake/webhooks';
import { forgeries } from '../fake/forgeries';

export interface FuzzDelivery {
	kind: string;
	delivery: Delivery;
	/** Set on deliveries that carry a valid signature and a selected topic: they must start the workflow once. */
	message?: Notification;
}

/**
 * `valid` signed notifications of the given topics (some pretty-printed: any bytes are fine when the signature is
 * Intercom's) and `forged` ones, spread evenly over every way `forgeries` knows, in a seeded random order.
 */
export function signatureFuzz(
	random: () => number,
	secret: string,
	topics: string[],
	counts: { valid: number; forged: number },
): FuzzDelivery[] {
	const valid: FuzzDelivery[] = [];
	for (let index = 0; index < counts.valid; index++) {
		const message = notification(topics[index % topics.length], {
			type: 'contact',
			id: `valid-${index}`,
			name: `Valid ${index} ${'ßø€'.repeat(Math.floor(random() * 5))}`,
		});
		const body = index % 10 === 0 ? JSON.stringify(message, null, 2) : JSON.stringify(message);
		valid.push({ kind: 'valid', message, delivery: { body, signature: signatureOf(body, secret) } });
	}
	const kinds = Object.keys(forgeries);
	const forged: FuzzDelivery[] = [];
	for (let index = 0; index < counts.forged; index++) {
		const kind = kinds[index % kinds.length];
		const message = notification(topics[index % topics.length], {
			type: 'contact',
			id: `forged-${index}`,
			name: `Forged customer ${index} abc`,
		});
		forged.push({ kind, delivery: forgeries[kind](message, secret, random) });
	}
	return [...valid, ...forged].sort(() => random() - 0.5);
}

/** Answers counted by kind and status, e.g. `valid: {"200": 250}`. */
export function countAnswers(
	answers: Array<{ kind: string; status: number }>,
): Map<string, Record<number, number>> {
	const counts = new Map<string, Record<number, number>>();
	for (const { kind, status } of answers) {
		const byStatus = counts.get(kind) ?? {};
		byStatus[status] = (byStatus[status] ?? 0) + 1;
		counts.set(kind, byStatus);
	}
	return counts;
}

/** Sends `inputs` with at most `concurrency` in flight, as a busy workspace's deliveries arrive. */
export async function withConcurrency<T, R>(
	inputs: T[],
	concurrency: number,
	send: (input: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(inputs.length);
	let next = 0;
	const lane = async () => {
		while (next < inputs.length) {
			const index = next++;
			results[index] = await send(inputs[index]);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, lane));
	return results;
}
