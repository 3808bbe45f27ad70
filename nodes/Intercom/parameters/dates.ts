import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** 9999-12-31T23:59:59Z: later (or negative) Unix seconds are no date Intercom keeps. */
const LATEST_SECONDS = 253_402_300_799;

/**
 * Intercom takes timestamps as Unix seconds. Accepts what n8n users pass: ISO dates from date pickers, Luxon or
 * JS dates from expressions, and numbers in seconds or milliseconds.
 */
export function toUnixSeconds(value: unknown, field: string, node: INode, itemIndex: number): number {
	if (typeof value === 'number' && Number.isFinite(value)) {
		const seconds = Math.floor(value > 1e11 ? value / 1000 : value);
		if (seconds >= 0 && seconds <= LATEST_SECONDS) return seconds;
	}
	if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) {
		return toUnixSeconds(Number(value), field, node, itemIndex);
	}
	const date =
		value instanceof Date
			? value
			: typeof value === 'object' && value !== null && 'toJSDate' in value
				? (value as { toJSDate(): Date }).toJSDate()
				: new Date(String(value));
	const millis = typeof value === 'number' ? Number.NaN : date.getTime();
	if (Number.isNaN(millis) || millis < 0 || millis / 1000 > LATEST_SECONDS) {
		throw new NodeOperationError(node, `"${field}" is not a date: ${String(value)}`, {
			description: 'Use an ISO date such as 2024-05-01T10:00:00Z, or Unix seconds.',
			itemIndex,
		});
	}
	return Math.floor(millis / 1000);
}
