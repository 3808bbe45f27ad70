import { HttpError } from '../errors';
import type { Json } from '../records';
import { nextNumericId, now } from '../records';
import { numberedPage } from '../paging';
import type { Handler, Route } from '../server';
import { route } from './routing';

export interface FakeCall extends Json {
	type: 'call';
	id: string;
	conversation_id: string | null;
	state: string;
	created_at: number;
}

interface SignedFile {
	body: Buffer;
	type: string;
}

export class CallRecords {
	calls = new Map<string, FakeCall>();
	transcripts = new Map<string, string>();
	/** Links outside the API, served without a token (the storage a recording redirects to). */
	signedFiles = new Map<string, SignedFile>();

	addCall(fields: Partial<FakeCall> & { transcript?: string; recording?: Buffer } = {}): FakeCall {
		const { transcript, recording, ...rest } = fields;
		const id = nextNumericId();
		const call: FakeCall = {
			type: 'call',
			id,
			conversation_id: null,
			state: 'completed',
			call_type: 'phone',
			direction: 'inbound',
			created_at: now(),
			updated_at: now(),
			recording_url: recording ? `https://api.intercom.io/calls/${id}/recording` : null,
			transcription_url: transcript ? `https://api.intercom.io/calls/${id}/transcript` : null,
			...rest,
		};
		this.calls.set(id, call);
		if (transcript !== undefined) this.transcripts.set(id, transcript);
		if (recording)
			this.signedFiles.set(`/signed/recordings/${id}.mp3`, { body: recording, type: 'audio/mpeg' });
		return call;
	}
}

function callOf(calls: Map<string, FakeCall>, id: string): FakeCall {
	const call = calls.get(id);
	if (!call) throw new HttpError(404, 'not_found', 'Call Not Found');
	return call;
}

const transcript: Handler = ({ store, params }) => {
	callOf(store.calls, params.id);
	const text = store.transcripts.get(params.id);
	if (text === undefined) throw new HttpError(404, 'not_found', 'Transcript Not Found');
	return {
		body: text,
		headers: {
			'Content-Type': 'text/plain; charset=utf-8',
			'Content-Disposition': `attachment; filename=transcription_data-${params.id}.txt`,
		},
	};
};

const recording: Handler = ({ store, params }) => {
	callOf(store.calls, params.id);
	const location = `/signed/recordings/${params.id}.mp3`;
	if (!store.signedFiles.has(location)) throw new HttpError(404, 'not_found', 'Recording Not Found');
	return { status: 302, body: '', headers: { Location: location } };
};

/** `POST /calls/search`: the calls of the conversations, each with its transcript as lines. */
const callsOfConversations: Handler = ({ store, body }) => {
	const ids = (body.conversation_ids as string[]).map(String);
	const data = [...store.calls.values()]
		.filter((call) => ids.includes(String(call.conversation_id)))
		.map((call) => ({
			...call,
			transcript: (store.transcripts.get(call.id) ?? '')
				.split('\n')
				.filter(Boolean)
				.map((text) => ({ text })),
			transcript_status: store.transcripts.has(call.id) ? 'completed' : null,
		}));
	return { body: { type: 'list', data } };
};

export const routes: Route[] = [
	route('GET', '/calls', ({ store, query }) => ({
		body: numberedPage([...store.calls.values()].reverse(), query.page, query.per_page, 25),
	})),
	route('POST', '/calls/search', callsOfConversations),
	route('GET', '/calls/:id', ({ store, params }) => ({ body: callOf(store.calls, params.id) })),
	route('GET', '/calls/:id/transcript', transcript, 'text/plain'),
	route('GET', '/calls/:id/recording', recording),
];
