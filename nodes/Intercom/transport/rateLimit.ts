import { sleep } from 'n8n-workflow';

/**
 * Paces one Intercom app's calls by the `X-RateLimit-*` headers Intercom sends on every authenticated response.
 * Intercom splits its per-minute limit into 10-second windows and sends no `Retry-After`: when a window's calls are
 * spent, the next call waits for `X-RateLimit-Reset` (Unix seconds) instead of drawing a 429.
 * https://developers.intercom.com/docs/references/rest-api/errors/rate-limiting
 */
export class RateLimitGate {
	private remaining: number | undefined;

	private resetAtMs = 0;

	private inFlight = 0;

	/** Waits until the current window has a call to spare, then reserves it. */
	async acquire(): Promise<void> {
		for (;;) {
			const waitMs = this.msUntilCallAllowed();
			if (waitMs <= 0) {
				this.inFlight++;
				return;
			}
			await sleep(waitMs);
		}
	}

	/** Frees the reservation made by `acquire` and learns the window from the response headers. */
	settle(headers?: Record<string, unknown>): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (!headers) return;
		const remaining = numericHeader(headers, 'x-ratelimit-remaining');
		const resetSeconds = numericHeader(headers, 'x-ratelimit-reset');
		if (remaining === undefined || resetSeconds === undefined) return;
		const resetAtMs = resetSeconds * 1000;
		if (resetAtMs > this.resetAtMs) {
			this.resetAtMs = resetAtMs;
			this.remaining = remaining;
		} else if (resetAtMs === this.resetAtMs) {
			// Responses can arrive out of order: the lowest count seen in a window is the newest.
			this.remaining = Math.min(this.remaining ?? remaining, remaining);
		}
	}

	/** A 429 says the window is spent, whatever earlier headers said. */
	exhaust(headers?: Record<string, unknown>): void {
		this.settle(headers);
		this.remaining = 0;
	}

	/** Milliseconds until the window resets, or undefined when Intercom never said. */
	msUntilReset(): number | undefined {
		if (this.resetAtMs === 0) return undefined;
		return Math.max(0, this.resetAtMs - Date.now()) + RESET_MARGIN_MS;
	}

	private msUntilCallAllowed(): number {
		if (this.remaining === undefined) return 0;
		const untilReset = this.resetAtMs - Date.now();
		if (untilReset <= 0) {
			this.remaining = undefined;
			return 0;
		}
		return this.remaining - this.inFlight > 0 ? 0 : untilReset + RESET_MARGIN_MS;
	}
}

/** The reset is given in whole seconds; a little slack avoids arriving just before the window turns. */
const RESET_MARGIN_MS = 50;

const gates = new Map<string, RateLimitGate>();

/** One gate per app and credential, shared by every execution in this n8n process. */
export function rateLimitGate(key: string): RateLimitGate {
	let gate = gates.get(key);
	if (!gate) {
		gate = new RateLimitGate();
		gates.set(key, gate);
	}
	return gate;
}

function numericHeader(headers: Record<string, unknown>, name: string): number | undefined {
	const raw = headers[name] ?? headers[name.toLowerCase()];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (value === undefined || value === null || value === '') return undefined;
	const parsed = Number(value);
	return Number.isFinite(parsed) ? parsed : undefined;
}
