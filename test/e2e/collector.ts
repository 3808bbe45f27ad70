import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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

	/** Waits until `path` has received `count` items (or the time is up), then returns them. */
	async waitFor(path: string, count: number, timeoutMs = 120_000): Promise<Array<Record<string, unknown>>> {
		const deadline = Date.now() + timeoutMs;
		while (this.items(path).length < count && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		return this.items(path);
	}

	async stop(): Promise<void> {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}
