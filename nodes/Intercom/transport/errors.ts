import type { Intercom } from 'intercom-client';
import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

interface FailedCall {
	method: string;
	path: string;
	statusCode: number;
	body: unknown;
	itemIndex?: number;
	/** Said after the hints, e.g. why the call was not repeated. */
	note?: string;
}

const HINTS: Record<number, string> = {
	401: 'Check the access token of the Intercom credential, or reconnect the OAuth2 credential.',
	403: 'The app lacks the permission this call needs (Developer Hub › your app › Authentication), or your Intercom plan does not include it.',
	404: "Check the id, and that the credential's region (US, EU, AU) is your workspace's.",
	409: 'A record with the same identifiers already exists.',
	410: 'The contact was merged into another one; use the id of the contact it was merged into.',
	422: 'Intercom rejected the values sent; the message names the problem.',
	429: "Intercom's rate limit was still exhausted after waiting; lower Max Concurrent Requests or raise Max Rate-Limit Wait.",
};

/** Intercom error codes whose message does not say what to do. */
const CODE_HINTS: Record<string, string> = {
	tag_has_dependent_objects:
		'The tag is still used elsewhere in Intercom (a message, a rule, a report or a saved filter). Remove it there, then delete it.',
};

function isIntercomErrorList(body: unknown): body is Intercom.Error_ {
	return (
		typeof body === 'object' &&
		body !== null &&
		(body as { type?: unknown }).type === 'error.list' &&
		Array.isArray((body as { errors?: unknown }).errors)
	);
}

/** The first error of Intercom's `error.list`, with its request id. */
function firstIntercomError(body: unknown): {
	code?: string;
	message?: string;
	field?: string;
	requestId?: string;
} {
	if (!isIntercomErrorList(body)) return {};
	const [first] = body.errors;
	return { code: first?.code, message: first?.message, field: first?.field, requestId: body.request_id };
}

export interface IntercomErrorDetails {
	code?: string;
	message?: string;
	field?: string;
	requestId?: string;
	statusCode: number;
}

/** A call Intercom refused, carrying Intercom's first error and request id for the operations that act on them. */
export class IntercomApiError extends NodeApiError {
	readonly intercom: IntercomErrorDetails;

	constructor(node: INode, call: FailedCall) {
		const details = { ...firstIntercomError(call.body), statusCode: call.statusCode };
		const summary = details.message ?? details.code ?? `Intercom answered ${call.statusCode}`;
		const description = [
			details.code ? `Intercom error code: ${details.code}` : undefined,
			details.field ? `field: ${details.field}` : undefined,
			details.requestId ? `request_id: ${details.requestId}` : undefined,
			`${call.method} ${call.path} → ${call.statusCode}`,
			(details.code && CODE_HINTS[details.code]) ?? HINTS[call.statusCode],
			call.note,
		]
			.filter((part): part is string => part !== undefined)
			.join(' · ');
		const response: JsonObject = isIntercomErrorList(call.body)
			? (call.body as unknown as JsonObject)
			: { body: typeof call.body === 'string' ? call.body : null };
		super(node, response, {
			message: `Intercom: ${summary}`,
			description,
			httpCode: String(call.statusCode),
			itemIndex: call.itemIndex,
		});
		this.intercom = details;
	}
}
