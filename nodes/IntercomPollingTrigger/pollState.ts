import type { IDataObject } from 'n8n-workflow';

import type { PolledRecord, TimestampField } from './sources';
import { timestampOf } from './sources';

/** What a poll remembers: where the next one starts, and the changes already emitted inside the overlap window. */
export interface PollState extends IDataObject {
	/** `<resource>:<field>`: a change of resource or event starts afresh. */
	source: string;
	/** Unix seconds: the newest change seen (or the first poll's time). */
	since: number;
	/** `<id>:<timestamp>` of every change emitted at or after `since` minus the overlap. */
	seen: string[];
	/** Unix seconds of the first poll: older changes were the first run's to sample, not later polls' to emit. */
	notBefore: number;
}

/** A change's key: the record, the tag where each tag is its own change, and the change's time. */
const keyOf = (record: PolledRecord, field: TimestampField) => {
	const tag = (record.tag as { id?: string } | undefined)?.id;
	return `${record.id}${tag ? `/${tag}` : ''}:${timestampOf(record, field)}`;
};
const timestampOfKey = (key: string) => Number(key.slice(key.lastIndexOf(':') + 1));

export function readState(staticData: IDataObject, source: string): PollState | undefined {
	const state = staticData.poll as PollState | undefined;
	if (!state || state.source !== source || typeof state.since !== 'number' || !Array.isArray(state.seen)) {
		return undefined;
	}
	return { ...state, notBefore: typeof state.notBefore === 'number' ? state.notBefore : 0 };
}

/** Oldest change first; ties in id order, so that the output is stable. */
export function chronological(records: PolledRecord[], field: TimestampField): PolledRecord[] {
	return [...records].sort(
		(a, b) => timestampOf(a, field) - timestampOf(b, field) || String(a.id).localeCompare(String(b.id)),
	);
}

/** The state after a first run that emitted `sample`: later polls start from now. */
export function firstState(
	source: string,
	nowSeconds: number,
	sample: PolledRecord[],
	field: TimestampField,
): PollState {
	return {
		source,
		since: nowSeconds,
		seen: sample.map((record) => keyOf(record, field)),
		notBefore: nowSeconds,
	};
}

/**
 * Splits what a poll read (every record changed at or after `state.since - overlap`) into changes not emitted yet,
 * and the state for the next poll. The overlap catches records that reach Intercom's search index late; the seen
 * keys keep them from being emitted twice, and are dropped once they fall out of the window.
 */
export function takeChanges(
	records: PolledRecord[],
	state: PollState,
	field: TimestampField,
	overlapSeconds: number,
): { changes: PolledRecord[]; next: PollState } {
	const seen = new Set(state.seen);
	const changes: PolledRecord[] = [];
	let since = state.since;
	for (const record of records) {
		const key = keyOf(record, field);
		since = Math.max(since, timestampOf(record, field));
		if (seen.has(key) || timestampOf(record, field) < state.notBefore) continue;
		seen.add(key);
		changes.push(record);
	}
	const windowStart = since - overlapSeconds;
	return {
		changes,
		next: {
			...state,
			since,
			seen: [...seen].filter((key) => timestampOfKey(key) >= windowStart),
		},
	};
}
