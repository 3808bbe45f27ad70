import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { until } from './waiting';

/** A local endpoint that workflows post their items to, so a test sees what each execution produced. */
export class Collector {
	readonly received = new Map<string, Array<Record<string, unknown>>>();

	private server?: Server;

	url = '';

	async start(): Promise<void> {
		this.server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const bucket = this.received.get(request.url ?? '') ?? [];
				bucket.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
				this.received.set(request.url ?? '', bucket);
				response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
			});
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	items(path: string): Array<Record<string, unknown>> {
		return this.received.get(path) ?? [];
	}

	/** Waits until `path` has received `count` items, then returns them; throws with what arrived when time is up. */
	async waitFor(path: string, count: number, timeoutMs = 120_000): Promise<Array<Record<string, unknown>>> {
		await until(
			async () => this.items(path).length >= count,
			`${path} received ${this.items(path).length} of ${count} items`,
			timeoutMs,
		).catch((error: Error) => {
			throw new Error(`${error.message}: ${JSON.stringify(this.items(path)).slice(0, 2000)}`);
		});
		return this.items(path);
	}

	async stop(): Promise<void> {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}
