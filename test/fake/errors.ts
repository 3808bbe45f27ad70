import { randomUUID } from 'node:crypto';

/** Intercom's error envelope: https://developers.intercom.com/docs/references/rest-api/errors/http-responses */
export interface ErrorList {
	type: 'error.list';
	request_id: string;
	errors: Array<{ code: string; message: string; field?: string }>;
}

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly field?: string,
	) {
		super(message);
	}

	body(): ErrorList {
		return {
			type: 'error.list',
			request_id: randomUUID(),
			errors: [{ code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) }],
		};
	}
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} Not Found`);
export const badRequest = (message: string, field?: string) =>
	new HttpError(400, 'parameter_invalid', message, field);
