import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackPost {
	channel: string;
	text: string;
	token: string;
}

/** Slack's Web API as n8n's Slack node posts messages to it (`POST /api/chat.postMessage`), recording each one. */
export class SlackFake {
	readonly posts: SlackPost[] = [];

	url = '';

	private server?: Server;

	async start(): Promise<void> {
		this.server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const answer = (status: number, body: object) =>
					response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
				if (request.method !== 'POST' || request.url !== '/api/chat.postMessage') {
					answer(404, { ok: false, error: 'unknown_method' });
					return;
				}
				const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, string>;
				const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
				this.posts.push({ channel: body.channel, text: body.text, token });
				answer(200, {
					ok: true,
					channel: body.channel,
					ts: `${Date.now() / 1000}`,
					message: { type: 'message', text: body.text },
				});
			});
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		await new Promise((resolve) => this.server?.close(resolve));
	}
}
