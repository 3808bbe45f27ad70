import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { HttpError } from './errors';
import { checkAgainstSpec, describedAnswer, describedOperation } from './openapi';
import { Store } from './store';
import { routes } from './routes';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
	headers: Record<string, string | string[] | undefined>;
	status?: number;
	/** Why Intercom's OpenAPI description refuses the request, when it does. */
	specError?: string;
	/** The description's operation the request passed as ("GET /contacts/{contact_id}"). */
	operation?: string;
}

export type FaultKind =
	'status500' | 'status503' | 'reset' | 'slow' | 'malformed' | 'status429' | 'status422';

export interface Fault {
	kind: FaultKind;
	method?: string;
	path?: RegExp;
	/** How many matching requests it hits; afterwards it is spent. */
	times: number;
	/** How many matching requests it lets through before it hits. */
	skip?: number;
	/** For `slow`: how long to stall before answering. */
	delayMs?: number;
	/** Whether a 500/reset/slow happens after the request took effect (Intercom did the work, the answer got lost). */
	afterEffect?: boolean;
	/** For `status422`: the error Intercom names. */
	error?: { code: string; message: string; field?: string };
}

export interface RateLimitOptions {
	limit: number;
	windowMs: number;
}

export interface FakeIntercomOptions {
	token?: string;
	/** More tokens it accepts, so that a test can tell two credentials' calls apart. */
	extraTokens?: string[];
	rateLimit?: RateLimitOptions;
	latencyMs?: number;
}

export interface RouteContext {
	store: Store;
	params: Record<string, string>;
	query: Record<string, string>;
	body: Record<string, unknown>;
	apiVersion: string;
}

/** A route's answer: JSON by default; a Buffer or text with its own Content-Type for files and transcripts. */
export type Handler = (context: RouteContext) => {
	status?: number;
	body: unknown;
	headers?: Record<string, string>;
};

export interface Route {
	method: string;
	/** The path with its parameters as `{}`, compared with the description's operation the request is. */
	template: string;
	pattern: RegExp;
	handler: Handler;
	/** What the Accept header must include: Intercom's downloads want `application/octet-stream`. */
	accept?: string;
}

/**
 * A local stand-in for Intercom's REST API on 127.0.0.1: bearer auth, rate-limit headers and an enforceable limit
 * per window, requests checked against Intercom's OpenAPI description, cursor/page/scroll pagination, Intercom's
 * error bodies, and injectable faults. Every request is recorded.
 */
export class FakeIntercom {
	store = new Store();

	readonly requests: RecordedRequest[] = [];

	readonly faults: Fault[] = [];

	url = '';

	private server = createServer((request, response) => void this.handle(request, response));

	private sockets = new Set<Socket>();

	private window = { startMs: 0, used: 0 };

	private inFlight = 0;

	/** Most requests the fake was handling at the same moment. */
	maxInFlight = 0;

	constructor(readonly options: FakeIntercomOptions = {}) {
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
	}

	get token(): string {
		return this.options.token ?? 'test-token';
	}

	async start(): Promise<this> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		this.url = `http://127.0.0.1:${port}`;
		return this;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	inject(fault: Fault): void {
		this.faults.push(fault);
	}

	/** Recorded requests, optionally only those of a method and path. */
	calls(method?: string, path?: string | RegExp): RecordedRequest[] {
		return this.requests.filter(
			(request) =>
				(!method || request.method === method) &&
				(!path || (typeof path === 'string' ? request.path === path : path.test(request.path))),
		);
	}

	/** Forgets requests, faults, the rate-limit window and all records. */
	reset(): void {
		this.store = new Store();
		this.requests.length = 0;
		this.faults.length = 0;
		this.window = { startMs: 0, used: 0 };
		this.maxInFlight = 0;
	}

	private takeFault(method: string, path: string): Fault | undefined {
		const index = this.faults.findIndex(
			(fault) =>
				fault.times > 0 &&
				(!fault.method || fault.method === method) &&
				(!fault.path || fault.path.test(path)),
		);
		if (index === -1) return undefined;
		const fault = this.faults[index];
		if (fault.skip) {
			fault.skip--;
			return undefined;
		}
		fault.times--;
		return fault;
	}

	/** Fixed windows aligned on whole seconds, as Intercom's `X-RateLimit-Reset` is in Unix seconds. */
	private rateLimitHeaders(): { headers: Record<string, string>; exceeded: boolean } {
		const limit = this.options.rateLimit?.limit ?? 10_000;
		const windowMs = this.options.rateLimit?.windowMs ?? 10_000;
		const now = Date.now();
		if (now >= this.window.startMs + windowMs)
			this.window = { startMs: Math.floor(now / 1000) * 1000, used: 0 };
		const exceeded = this.window.used >= limit;
		if (!exceeded) this.window.used++;
		return {
			exceeded,
			headers: {
				'X-RateLimit-Limit': String(limit),
				'X-RateLimit-Remaining': String(Math.max(0, limit - this.window.used)),
				'X-RateLimit-Reset': String(Math.ceil((this.window.startMs + windowMs) / 1000)),
			},
		};
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		response.on('close', () => this.inFlight--);
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const raw = Buffer.concat(chunks).toString('utf8');
		const method = request.method ?? 'GET';
		const parsed = parseJson(raw);
		const recorded: RecordedRequest = {
			method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			body: parsed.ok ? parsed.value : raw,
			headers: request.headers,
		};
		this.requests.push(recorded);

		const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
			recorded.status = status;
			const text =
				typeof body === 'string' || Buffer.isBuffer(body)
					? body
					: body === undefined
						? ''
						: JSON.stringify(body);
			response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
			response.end(text);
		};

		if (this.options.latencyMs) await sleep(this.options.latencyMs);

		// A signed download link (a call recording): no token, as on the storage Intercom redirects to.
		const signed = this.store.signedFiles.get(url.pathname);
		if (method === 'GET' && signed) return send(200, signed.body, { 'Content-Type': signed.type });

		const tokens = [this.token, ...(this.options.extraTokens ?? [])];
		if (!tokens.some((token) => request.headers.authorization === `Bearer ${token}`)) {
			return send(401, new HttpError(401, 'unauthorized', 'Access Token Invalid').body());
		}
		const version = String(request.headers['intercom-version'] ?? '');
		const accept = this.findRoute(method, url.pathname, version)?.route.accept ?? 'application/json';
		if (!String(request.headers.accept ?? '').includes(accept)) {
			return send(406, new HttpError(406, 'not_acceptable', `Accept header must include ${accept}`).body());
		}

		const { headers, exceeded } = this.rateLimitHeaders();
		if (exceeded) {
			const limit = headers['X-RateLimit-Limit'];
			return send(
				429,
				new HttpError(429, 'rate_limit_exceeded', `Exceeded rate limit of ${limit} in 10_seconds`).body(),
				headers,
			);
		}

		if (!parsed.ok)
			return send(400, new HttpError(400, 'parameter_invalid', 'Invalid JSON body').body(), headers);

		const apiVersion = String(request.headers['intercom-version'] ?? '');
		try {
			checkAgainstSpec(apiVersion, method, url.pathname, recorded.query, recorded.body);
			recorded.operation = describedOperation(apiVersion, method, url.pathname);
		} catch (error) {
			recorded.specError = error instanceof Error ? error.message : String(error);
			if (error instanceof HttpError) return send(error.status, error.body(), headers);
			return send(500, new HttpError(500, 'server_error', String(error)).body(), headers);
		}

		const fault = this.takeFault(method, url.pathname);
		if (fault && !fault.afterEffect) {
			if (await this.applyFault(fault, request, send, headers)) return;
		}

		let result: ReturnType<Handler>;
		try {
			result = this.route(method, url.pathname, {
				query: recorded.query,
				body: (recorded.body ?? {}) as Record<string, unknown>,
				apiVersion,
			});
		} catch (error) {
			if (error instanceof HttpError) return send(error.status, error.body(), headers);
			return send(500, new HttpError(500, 'server_error', String(error)).body(), headers);
		}
		if (fault?.afterEffect && (await this.applyFault(fault, request, send, headers))) return;
		send(result.status ?? 200, result.body, { ...headers, ...result.headers });
	}

	/** Answers with the fault; returns false when the request should then proceed (a slow answer). */
	private async applyFault(
		fault: Fault,
		request: IncomingMessage,
		send: (status: number, body: unknown, headers?: Record<string, string>) => void,
		headers: Record<string, string>,
	): Promise<boolean> {
		switch (fault.kind) {
			case 'status500':
				send(500, new HttpError(500, 'server_error', 'Server Error').body(), headers);
				return true;
			case 'status503':
				send(503, new HttpError(503, 'service_unavailable', 'Service Unavailable').body(), headers);
				return true;
			case 'status422': {
				const { code = 'data_invalid', message = 'Invalid', field } = fault.error ?? {};
				send(422, new HttpError(422, code, message, field).body(), headers);
				return true;
			}
			case 'status429':
				send(429, new HttpError(429, 'rate_limit_exceeded', 'Exceeded rate limit').body(), {
					...headers,
					'X-RateLimit-Remaining': '0',
				});
				return true;
			case 'malformed':
				send(200, '{"type":"contact","id":', headers);
				return true;
			case 'reset':
				request.socket.destroy();
				return true;
			case 'slow':
				await sleep(fault.delayMs ?? 1000);
				return false;
		}
	}

	/**
	 * The route for a request: the one modelling the description's operation the request is, so that a literal path
	 * (`/conversations/attributes`) never lands on a templated route (`/conversations/:id`).
	 */
	private findRoute(
		method: string,
		path: string,
		apiVersion: string,
	): { route: Route; params: Record<string, string> } | undefined {
		const described = describedTemplate(apiVersion, method, path);
		for (const route of routes) {
			if (route.method !== method) continue;
			if (described !== undefined && route.template !== described) continue;
			const match = route.pattern.exec(path);
			if (match) return { route, params: match.groups ?? {} };
		}
		return undefined;
	}

	private route(method: string, path: string, context: Omit<RouteContext, 'store' | 'params'>) {
		const found = this.findRoute(method, path, context.apiVersion);
		if (found) return found.route.handler({ ...context, store: this.store, params: found.params });
		const { status, example } = describedAnswer(context.apiVersion, method, path);
		return { status, body: example };
	}
}

/** The description's operation a request is, its path parameters as `{}`; undefined when it is none. */
function describedTemplate(apiVersion: string, method: string, path: string): string | undefined {
	try {
		return describedOperation(apiVersion, method, path)
			?.split(' ')[1]
			?.replace(/\{\w+\}/g, '{}');
	} catch {
		return undefined;
	}
}

function parseJson(text: string): { ok: boolean; value?: unknown } {
	if (text === '') return { ok: true, value: undefined };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

async function sleep(ms: number): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, ms));
}
