import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface ChatRequest {
	model?: string;
	messages: Array<{ role: string; content?: unknown; tool_call_id?: string }>;
	tools?: Array<{ type: string; function: { name: string; description?: string; parameters?: unknown } }>;
}

/**
 * An OpenAI-compatible chat endpoint (`POST /v1/chat/completions`) that scripts an agent's turn: on the first request
 * it calls the tool named `toolName` (or the first tool offered) with `toolArguments`; once a tool result comes back,
 * it answers with text that quotes it. Every request is recorded, so a test sees the tool definitions and the tool results the model got.
 */
export class OpenAiFake {
	readonly requests: ChatRequest[] = [];

	url = '';

	private server?: Server;

	constructor(
		private readonly toolArguments: Record<string, unknown>,
		private readonly toolName?: string,
	) {}

	async start(): Promise<void> {
		this.server = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const send = (status: number, body: unknown) =>
					response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
				if (request.url?.endsWith('/models')) {
					send(200, { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model' }] });
					return;
				}
				if (!request.url?.endsWith('/chat/completions')) {
					send(404, { error: { message: `no route ${request.url}` } });
					return;
				}
				const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
				this.requests.push(body);
				const toolResult = body.messages.find((message) => message.role === 'tool');
				const tools = body.tools ?? [];
				const tool = this.toolName
					? tools.find((offered) => offered.function.name === this.toolName)
					: tools[0];
				const message =
					toolResult || !tool
						? { role: 'assistant', content: `Found it: ${String(toolResult?.content ?? '').slice(0, 200)}` }
						: {
								role: 'assistant',
								content: null,
								tool_calls: [
									{
										id: 'call_1',
										type: 'function',
										function: { name: tool.function.name, arguments: JSON.stringify(this.toolArguments) },
									},
								],
							};
				const finish = 'tool_calls' in message ? 'tool_calls' : 'stop';
				send(200, {
					id: 'chatcmpl-1',
					object: 'chat.completion',
					created: 1,
					model: body.model,
					choices: [{ index: 0, message, finish_reason: finish }],
					usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
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
