import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { getConnection } from './connection';
import type { IntercomContext } from './context';
import { IntercomApiError } from './errors';
import { rateLimitGate } from './rateLimit';

export interface IntercomRequest {
	method: IHttpRequestMethods;
	/** Path below the region's base URL, starting with `/`. */
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
	itemIndex?: number;
	/**
	 * Whether the call may be sent again after a 5xx, a dropped connection or a timeout. GET, PUT and DELETE may;
	 * a POST may only when it changes nothing (a search) or cannot create a second record (an upsert).
	 */
	retryable?: boolean;
	/** The Accept header: `application/json` unless the endpoint answers a file or text. */
	accept?: string;
	/** More headers (API Request's own); the credential's Authorization and Intercom-Version are not among them. */
	headers?: Record<string, string>;
}

/** A file Intercom answered (a transcript, a recording, an export), with what its headers say of it. */
export interface FileAnswer {
	data: Buffer;
	mimeType: string;
	/** From `Content-Disposition`, when Intercom names the file. */
	fileName?: string;
}

export interface TransportSettings {
	timeoutMs: number;
	/** Longest total wait for Intercom's rate-limit window before a call gives up. */
	maxRateLimitWaitMs: number;
	maxRetries: number;
	retryBaseDelayMs: number;
}

const DEFAULT_SETTINGS: TransportSettings = {
	timeoutMs: 30_000,
	maxRateLimitWaitMs: 120_000,
	maxRetries: 3,
	retryBaseDelayMs: 400,
};

const settingsByContext = new WeakMap<object, TransportSettings>();

export function configureTransport(context: IntercomContext, settings: Partial<TransportSettings>): void {
	settingsByContext.set(context, { ...DEFAULT_SETTINGS, ...settings });
}

const NOT_REPEATED =
	'Not repeated, since repeating it could create the record twice. Check in Intercom whether it was created before running the item again.';

interface FullResponse {
	body: unknown;
	headers: Record<string, unknown>;
	statusCode: number;
}

/** Network failures worth a retry, in words: n8n replaces a message that names the raw code with a generic one. */
const TRANSIENT_NETWORK_CODES: Record<string, string> = {
	ECONNRESET: 'the connection was reset',
	ECONNREFUSED: 'the connection was refused',
	ECONNABORTED: 'the call timed out',
	ETIMEDOUT: 'the call timed out',
	ERR_SOCKET_CONNECTION_TIMEOUT: 'the call timed out',
	EPIPE: 'the connection broke',
	EAI_AGAIN: 'the host name could not be resolved',
	ENOTFOUND: 'the host name could not be resolved',
};

/** Our own timeout ran out: the call left, and its answer did not come in time. */
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

/** Failures before the call left this machine: repeating them cannot create anything twice. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND']);

/** The error code of a dropped connection or a timeout, looked up along the `cause` chain n8n wraps it in. */
function transientNetworkCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && code in TRANSIENT_NETWORK_CODES) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

function parseBody(body: unknown): { ok: true; value: unknown } | { ok: false; value?: undefined } {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
	if (typeof text !== 'string') return { ok: true, value: text };
	if (text.trim() === '') return { ok: true, value: {} };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false };
	}
}

function backoffMs(settings: TransportSettings, attempt: number): number {
	const jitter = 0.5 + Math.random();
	return Math.round(settings.retryBaseDelayMs * 2 ** attempt * jitter);
}

/**
 * Sends one call to Intercom through n8n's credential pipeline and returns the parsed body. Waits out
 * Intercom's rate-limit window on 429 (any method: Intercom rejected the call unprocessed) and retries 5xx,
 * dropped connections and timeouts only for calls marked retryable.
 */
export async function intercomApiRequest<T>(context: IntercomContext, request: IntercomRequest): Promise<T> {
	return (await exchange(context, request, 'json')) as T;
}

/**
 * Like `intercomApiRequest`, for an endpoint that answers a file: the bytes as sent (redirects followed, as to a
 * recording's signed link), their type and name. Errors still come as Intercom's JSON and are read as such.
 */
export async function intercomFileRequest(
	context: IntercomContext,
	request: IntercomRequest,
): Promise<FileAnswer> {
	const response = (await exchange(context, request, 'file')) as FullResponse;
	const contentType = String(response.headers['content-type'] ?? 'application/octet-stream');
	const disposition = String(response.headers['content-disposition'] ?? '');
	const fileName = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
	return {
		data: Buffer.isBuffer(response.body) ? response.body : Buffer.from(String(response.body ?? '')),
		mimeType: contentType.split(';')[0].trim(),
		...(fileName ? { fileName: decodeURIComponent(fileName) } : {}),
	};
}

async function exchange(
	context: IntercomContext,
	request: IntercomRequest,
	answer: 'json' | 'file',
): Promise<unknown> {
	const connection = await getConnection(context);
	const settings = settingsByContext.get(context) ?? DEFAULT_SETTINGS;
	const gate = rateLimitGate(connection.rateLimitKey);
	const retryable = request.retryable ?? request.method !== 'POST';
	const node = context.getNode();
	const call = { method: request.method, path: request.path, itemIndex: request.itemIndex };

	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${connection.baseUrl}${request.path}`,
		qs: request.qs,
		body: request.body,
		json: answer === 'json',
		...(answer === 'file' ? { encoding: 'arraybuffer' as const } : {}),
		headers: {
			'Intercom-Version': connection.apiVersion,
			Accept: request.accept ?? 'application/json',
			...request.headers,
		},
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: settings.timeoutMs,
	};

	let retries = 0;
	let rateLimitRetries = 0;
	let rateLimitWaitedMs = 0;
	for (;;) {
		await gate.acquire();
		let response: FullResponse;
		try {
			response = (await context.helpers.httpRequestWithAuthentication.call(
				context,
				connection.credentialType,
				{ ...options, headers: { ...options.headers } },
			)) as FullResponse;
		} catch (error) {
			gate.settle();
			const code = transientNetworkCode(error);
			// Anything but a network failure (a cancelled execution, a missing credential…) keeps n8n's own error.
			if (!code) throw new NodeApiError(node, error as JsonObject, { itemIndex: request.itemIndex });
			if ((retryable || NEVER_SENT_CODES.has(code)) && retries < settings.maxRetries) {
				await sleep(backoffMs(settings, retries++));
				continue;
			}
			const timedOut = TIMEOUT_CODES.has(code);
			// A fresh error: n8n hands back an already wrapped NodeApiError unchanged, dropping this description.
			throw new NodeApiError(node, { message: (error as Error).message } as JsonObject, {
				message: timedOut
					? `Intercom did not answer within ${settings.timeoutMs / 1000} s`
					: `Intercom could not be reached: ${TRANSIENT_NETWORK_CODES[code]}`,
				description: [
					`${request.method} ${request.path}: ${retryable ? `failed ${retries + 1} times.` : NOT_REPEATED}`,
					timedOut
						? 'The call was sent and Intercom may have received it; raise Request Options › Timeout if Intercom is slow.'
						: NEVER_SENT_CODES.has(code)
							? 'The call never reached Intercom.'
							: 'The connection broke after the call was sent; Intercom may have received it.',
				].join(' '),
				itemIndex: request.itemIndex,
			});
		}

		const { statusCode, headers } = response;
		if (statusCode === 429) {
			gate.exhaust(headers);
			const untilReset = gate.msUntilReset();
			const waitMs = untilReset ?? backoffMs(settings, rateLimitRetries++);
			if (rateLimitWaitedMs + waitMs > settings.maxRateLimitWaitMs) {
				throw new IntercomApiError(node, {
					...call,
					statusCode,
					body: parseBody(response.body).value ?? null,
				});
			}
			rateLimitWaitedMs += waitMs;
			// With a reset time the gate holds the next call until the window turns; without one, back off here.
			if (untilReset === undefined) await sleep(waitMs);
			continue;
		}
		gate.settle(headers);

		if (answer === 'file' && statusCode < 400) return response;
		const parsed = parseBody(response.body);
		if (statusCode >= 500 || !parsed.ok) {
			if (retryable && retries < settings.maxRetries) {
				await sleep(backoffMs(settings, retries++));
				continue;
			}
			const reason = parsed.ok ? undefined : 'Intercom sent a response that is not valid JSON';
			throw new IntercomApiError(node, {
				...call,
				statusCode,
				body: reason
					? { type: 'error.list', errors: [{ code: 'invalid_response', message: reason }] }
					: parsed.value,
				note: retryable ? `Failed ${retries + 1} times.` : NOT_REPEATED,
			});
		}
		if (statusCode >= 400) {
			throw new IntercomApiError(node, { ...call, statusCode, body: parsed.value });
		}
		return parsed.value;
	}
}
