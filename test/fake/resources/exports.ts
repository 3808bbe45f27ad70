import { gzipSync } from 'node:zlib';

import { HttpError } from '../errors';
import type { Json } from '../records';
import { nextNumericId } from '../records';
import type { Handler, Route } from '../server';
import { route } from './routing';

export interface FakeExport extends Json {
	job_identifier: string;
	status: string;
	download_url: string;
	download_expires_at: string;
}

type ExportJob = FakeExport & { reads: number; rows: string[]; kind: 'content' | 'reporting' };

/** The fake workspace's `app.id_code`, as `GET /me` gives it. */
const WORKSPACE_CODE = 'ecahpwf5';

/** How many status reads an export takes to complete: enough for a waiting node to poll more than once. */
const READS_TO_COMPLETE = 2;

export class ExportRecords {
	exports = new Map<string, ExportJob>();
}

/** The reporting datasets, as `GET /export/reporting_data/get_datasets` lists them (a slice of Intercom's). */
export const DATASETS = [
	{
		id: 'conversation',
		name: 'Conversation',
		description: 'Conversation-level details: status, channel, assignee.',
		default_time_attribute_id: 'conversation_started_at',
		attributes: [
			{ id: 'conversation_id', name: 'Conversation ID' },
			{ id: 'conversation_started_at', name: 'Conversation started at' },
			{ id: 'channel', name: 'Channel' },
		],
	},
	{
		id: 'ticket',
		name: 'Ticket',
		description: 'Ticket-level details.',
		default_time_attribute_id: 'ticket_created_at',
		attributes: [{ id: 'ticket_id', name: 'Ticket ID' }],
	},
];

function newJob(store: ExportRecords, kind: ExportJob['kind'], rows: string[]): ExportJob {
	const job: ExportJob = {
		job_identifier: `job-${nextNumericId()}`,
		status: 'pending',
		download_url: '',
		download_expires_at: '',
		reads: 0,
		rows,
		kind,
	};
	store.exports.set(job.job_identifier, job);
	return job;
}

/** A content export: pending, in progress, then completed after a few reads; its file is a gzipped CSV. */
const createExport: Handler = ({ store, body }) => {
	const after = Number(body.created_at_after);
	const before = Number(body.created_at_before);
	if (before <= after)
		throw new HttpError(400, 'parameter_invalid', 'created_at_before must be after created_at_after');
	const job = newJob(store, 'content', ['conversation_id,created_at', `1,${after + 1}`]);
	return { body: shownExport(job) };
};

function exportOf(store: ExportRecords, id: string, kind: ExportJob['kind']) {
	const job = store.exports.get(id);
	if (!job || job.kind !== kind) throw new HttpError(404, 'not_found', 'Export job not found');
	return job;
}

function shownExport(job: ExportJob): FakeExport {
	const { job_identifier, status, download_url, download_expires_at } = job;
	return { job_identifier, status, download_url, download_expires_at };
}

/** Each status read moves a job on; a reporting job says `complete`, a content one `completed` (as Intercom does). */
function readExport({ store, params }: Parameters<Handler>[0], kind: ExportJob['kind']) {
	const job = exportOf(store, params.job, kind);
	const done = kind === 'content' ? 'completed' : 'complete';
	if (job.status === 'pending' || job.status === 'in_progress') {
		job.reads++;
		job.status = job.reads >= READS_TO_COMPLETE ? done : 'in_progress';
		if (job.status === done) {
			job.download_url = `https://api.intercom.io/download/content/data/${job.job_identifier}`;
			job.download_expires_at = new Date(Date.now() + 2 * 86_400_000).toISOString();
		}
	}
	return { body: shownExport(job) };
}

const cancelExport: Handler = ({ store, params }) => {
	const job = exportOf(store, params.job, 'content');
	if (job.status === 'pending' || job.status === 'in_progress') job.status = 'canceled';
	return { body: shownExport(job) };
};

const downloadExport: Handler = ({ store, params }) => {
	const job = exportOf(store, params.job, 'content');
	if (job.status !== 'completed') throw new HttpError(404, 'not_found', 'Export not ready');
	return {
		body: gzipSync(`${job.rows.join('\n')}\n`),
		headers: {
			'Content-Type': 'application/octet-stream',
			'Content-Disposition': `attachment; filename=intercom-export-${job.job_identifier}.csv.gz`,
		},
	};
};

/** Reporting exports name the job in the query too, and the workspace (`app_id`) they belong to. */
const enqueueReporting: Handler = ({ store, body }) => {
	const dataset = DATASETS.find((candidate) => candidate.id === body.dataset_id);
	if (!dataset) throw new HttpError(400, 'parameter_invalid', `Unknown dataset ${String(body.dataset_id)}`);
	const attributes = body.attribute_ids as string[];
	const unknown = attributes.find((id) => !dataset.attributes.some((attribute) => attribute.id === id));
	if (unknown) throw new HttpError(400, 'parameter_invalid', `Unknown attribute ${unknown}`);
	const job = newJob(store, 'reporting', [attributes.join(','), attributes.map(() => 'x').join(',')]);
	return { body: shownExport(job) };
};

function reportingJob(store: ExportRecords, app: string, id: string, query: Record<string, string>) {
	if (app !== WORKSPACE_CODE)
		throw new HttpError(404, 'not_found', `Export job not found for identifier: ${id}`);
	if (query.job_identifier !== id)
		throw new HttpError(400, 'parameter_invalid', 'job_identifier does not match');
	return exportOf(store, id, 'reporting');
}

const readReporting: Handler = (context) => {
	const job = reportingJob(context.store, context.query.app_id, context.params.job, context.query);
	return readExport({ ...context, params: { job: job.job_identifier } }, 'reporting');
};

const downloadReporting: Handler = ({ store, params, query }) => {
	const job = reportingJob(store, query.app_id, params.job, query);
	if (job.status !== 'complete')
		throw new HttpError(404, 'not_found', `Export job not found for identifier: ${job.job_identifier}`);
	return {
		body: gzipSync(`${job.rows.join('\n')}\n`),
		headers: {
			'Content-Type': 'application/octet-stream',
			'Content-Disposition': `attachment; filename=${job.job_identifier}.csv.gz`,
		},
	};
};

export const routes: Route[] = [
	route('POST', '/export/content/data', createExport),
	route('GET', '/export/content/data/:job', (context) => readExport(context, 'content')),
	route('POST', '/export/cancel/:job', cancelExport),
	route('GET', '/download/content/data/:job', downloadExport, 'application/octet-stream'),
	route('GET', '/export/reporting_data/get_datasets', () => ({ body: { type: 'list', data: DATASETS } })),
	route('POST', '/export/reporting_data/enqueue', enqueueReporting),
	route('GET', '/export/reporting_data/:job', readReporting),
	route('GET', '/download/reporting_data/:job', downloadReporting, 'application/octet-stream'),
];
