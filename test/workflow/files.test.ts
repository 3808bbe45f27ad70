import { gzipSync } from 'node:zlib';

import { loadOptionsContext, tokenCredentials } from '../harness/runWorkflow';
import { loadOptions } from '../../nodes/Intercom/methods';
import { jsonOf, run, useFakeIntercom } from './setup';

const bytesOf = (data: string) => Buffer.from(data, 'base64');

describe('Calls: transcripts and recordings as text or files', () => {
	const fake = useFakeIntercom();
	const TRANSCRIPT = '[00:00:03] Teammate: "Hello"\n[00:00:09] User: "I need help"';

	it('outputs a transcript as text for a model, or as the .txt file Intercom names', async () => {
		const call = fake.store.addCall({ transcript: TRANSCRIPT });
		const asText = await run(fake, {
			resource: 'call',
			operation: 'getTranscript',
			callId: call.id,
			output: 'text',
		});
		expect(jsonOf(asText)).toEqual([{ callId: call.id, transcript: TRANSCRIPT }]);

		const asFile = await run(fake, {
			resource: 'call',
			operation: 'getTranscript',
			callId: call.id,
			output: 'file',
			binaryPropertyName: 'transcript',
		});
		const [item] = asFile.items;
		expect(item.json).toEqual({
			callId: call.id,
			fileName: `transcription_data-${call.id}.txt`,
			mimeType: 'text/plain',
			fileSize: Buffer.byteLength(TRANSCRIPT),
		});
		expect(item.binary?.transcript).toMatchObject({
			mimeType: 'text/plain',
			fileName: `transcription_data-${call.id}.txt`,
		});
		expect(bytesOf(item.binary?.transcript.data ?? '').toString('utf8')).toBe(TRANSCRIPT);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('follows the recording’s redirect to its signed link and outputs the audio', async () => {
		const audio = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0xff]);
		const call = fake.store.addCall({ recording: audio });
		const result = await run(fake, {
			resource: 'call',
			operation: 'getRecording',
			callId: call.id,
			binaryPropertyName: 'data',
		});
		const [item] = result.items;
		expect(item.binary?.data).toMatchObject({
			mimeType: 'audio/mpeg',
			fileName: `call-${call.id}-recording.mp3`,
		});
		expect(bytesOf(item.binary?.data.data ?? '')).toEqual(audio);
		expect(fake.requests.map((request) => request.path)).toEqual([
			`/calls/${call.id}/recording`,
			`/signed/recordings/${call.id}.mp3`,
		]);
	});

	it('a call without a recording fails its item with Intercom’s 404, paired, on the error output', async () => {
		const call = fake.store.addCall({});
		const result = await run(
			fake,
			{ resource: 'call', operation: 'getRecording', callId: call.id, binaryPropertyName: 'data' },
			{ onError: 'continueErrorOutput' },
		);
		expect(result.errorItems).toHaveLength(1);
		expect(result.errorItems[0].json.error).toBe('Intercom: Recording Not Found');
		expect(result.errorItems[0].pairedItem).toEqual({ item: 0 });
	});

	it('lists calls by page, and the calls of conversations with transcripts; more than 20 refused first', async () => {
		for (let index = 0; index < 3; index++) fake.store.addCall({ conversation_id: '77', transcript: 'a\nb' });
		const page = await run(fake, { resource: 'call', operation: 'getAll', returnAll: false, limit: 2 });
		expect(jsonOf(page)).toHaveLength(2);
		const found = await run(fake, { resource: 'call', operation: 'search', conversationIds: '77, 78' });
		expect(fake.calls('POST', '/calls/search')[0].body).toEqual({ conversation_ids: ['77', '78'] });
		expect(jsonOf(found)).toHaveLength(3);
		expect(jsonOf(found)[0]).toMatchObject({ transcript: [{ text: 'a' }, { text: 'b' }] });

		fake.reset();
		const tooMany = Array.from({ length: 21 }, (_, index) => String(index + 1)).join(',');
		const refused = await run(fake, { resource: 'call', operation: 'search', conversationIds: tooMany });
		expect(refused.error?.message).toBe('"Conversation IDs" holds 21 IDs; Intercom takes 1 to 20');
		expect(fake.requests).toHaveLength(0);
	});
});

describe('Data exports: started, waited for, downloaded', () => {
	const fake = useFakeIntercom();
	const range = { createdAfter: '2026-01-01T00:00:00Z', createdBefore: '2026-02-01T00:00:00Z' };

	it('starts a content export and, with Wait for Completion, checks it until completed', async () => {
		const result = await run(fake, {
			resource: 'dataExport',
			operation: 'createContent',
			...range,
			options: { wait: true, maxWaitMinutes: 1 },
		});
		expect(result.error).toBeUndefined();
		expect(fake.calls('POST', '/export/content/data')[0].body).toEqual({
			created_at_after: 1767225600,
			created_at_before: 1769904000,
		});
		const [job] = jsonOf(result);
		expect(job).toMatchObject({ status: 'completed' });
		expect(
			fake.calls('GET', `/export/content/data/${String(job.job_identifier)}`).length,
		).toBeGreaterThanOrEqual(2);
	});

	it('without waiting, outputs the job at once; a cancelled job fails a later wait with its status', async () => {
		const started = await run(fake, { resource: 'dataExport', operation: 'createContent', ...range });
		const [job] = jsonOf(started);
		expect(job).toMatchObject({ status: 'pending' });
		const cancelled = await run(fake, {
			resource: 'dataExport',
			operation: 'cancelContent',
			jobIdentifier: String(job.job_identifier),
		});
		expect(jsonOf(cancelled)[0]).toMatchObject({ status: 'canceled' });
		const status = await run(fake, {
			resource: 'dataExport',
			operation: 'getContent',
			jobIdentifier: String(job.job_identifier),
		});
		expect(jsonOf(status)[0]).toMatchObject({ status: 'canceled' });
	});

	it('refuses a range that ends before it starts, naming the fields, before any call', async () => {
		const result = await run(fake, {
			resource: 'dataExport',
			operation: 'createContent',
			createdAfter: range.createdBefore,
			createdBefore: range.createdAfter,
		});
		expect(result.error?.message).toBe('"Created Before" is not after "Created After"');
		expect(fake.requests).toHaveLength(0);
	});

	it('downloads a completed export with Accept: application/octet-stream, as CSV or as the gzip Intercom sends', async () => {
		const created = await run(fake, {
			resource: 'dataExport',
			operation: 'createContent',
			...range,
			options: { wait: true },
		});
		const jobIdentifier = String(jsonOf(created)[0].job_identifier);
		const csv = await run(fake, {
			resource: 'dataExport',
			operation: 'downloadContent',
			jobIdentifier,
			decompress: true,
			binaryPropertyName: 'data',
		});
		expect(fake.calls('GET', `/download/content/data/${jobIdentifier}`)[0].headers.accept).toBe(
			'application/octet-stream',
		);
		const [item] = csv.items;
		expect(item.binary?.data).toMatchObject({
			mimeType: 'text/csv',
			fileName: `intercom-export-${jobIdentifier}.csv`,
		});
		expect(bytesOf(item.binary?.data.data ?? '').toString('utf8')).toBe(
			'conversation_id,created_at\n1,1767225601\n',
		);

		const gzipped = await run(fake, {
			resource: 'dataExport',
			operation: 'downloadContent',
			jobIdentifier,
			decompress: false,
			binaryPropertyName: 'data',
		});
		const raw = bytesOf(gzipped.items[0].binary?.data.data ?? '');
		expect(raw).toEqual(gzipSync('conversation_id,created_at\n1,1767225601\n'));
		expect(gzipped.items[0].binary?.data.fileName).toBe(`intercom-export-${jobIdentifier}.csv.gz`);
	});

	it('exports a reporting dataset: pickers for datasets and attributes, the workspace code from /me, waited for, downloaded', async () => {
		const context = loadOptionsContext({
			parameters: { resource: 'dataExport', operation: 'createReporting', datasetId: 'conversation' },
			credentials: tokenCredentials(fake.url, fake.token),
		});
		expect((await loadOptions.getReportingDatasets.call(context)).map((option) => option.value)).toEqual([
			'conversation',
			'ticket',
		]);
		expect((await loadOptions.getReportingAttributes.call(context)).map((option) => option.value)).toEqual([
			'conversation_id',
			'conversation_started_at',
			'channel',
		]);

		const created = await run(fake, {
			resource: 'dataExport',
			operation: 'createReporting',
			datasetId: 'conversation',
			attributeIds: ['conversation_id', 'channel'],
			startTime: '2026-01-01T00:00:00Z',
			endTime: '2026-01-02T00:00:00Z',
			options: { wait: true, clientId: 'client-1' },
		});
		expect(created.error).toBeUndefined();
		const [job] = jsonOf(created);
		expect(job).toMatchObject({ status: 'complete' });
		const jobIdentifier = String(job.job_identifier);
		expect(fake.calls('GET', `/export/reporting_data/${jobIdentifier}`)[0].query).toEqual({
			app_id: 'ecahpwf5',
			client_id: 'client-1',
			job_identifier: jobIdentifier,
		});

		const file = await run(fake, {
			resource: 'dataExport',
			operation: 'downloadReporting',
			jobIdentifier,
			decompress: true,
			binaryPropertyName: 'data',
		});
		expect(bytesOf(file.items[0].binary?.data.data ?? '').toString('utf8')).toBe(
			'conversation_id,channel\nx,x\n',
		);
		expect(fake.calls('GET', '/me')).toHaveLength(2);
	});

	it('refuses a reporting export with no attributes, or waiting without the client ID, before any call', async () => {
		const result = run(fake, {
			resource: 'dataExport',
			operation: 'createReporting',
			datasetId: 'conversation',
			attributeIds: [],
			startTime: '2026-01-01T00:00:00Z',
			endTime: '2026-01-02T00:00:00Z',
		});
		// n8n itself refuses an empty required field before the node runs; an expression giving none, the node.
		await expect(result).rejects.toThrow('Parameter "Attribute Names or IDs" is required');
		const noClient = await run(fake, {
			resource: 'dataExport',
			operation: 'createReporting',
			datasetId: 'conversation',
			attributeIds: '={{ [] }}',
			startTime: '2026-01-01T00:00:00Z',
			endTime: '2026-01-02T00:00:00Z',
		});
		expect(noClient.error?.message).toBe('"Attribute Names or IDs" is empty: choose the columns to export');
		const noClientId = await run(fake, {
			resource: 'dataExport',
			operation: 'createReporting',
			datasetId: 'conversation',
			attributeIds: ['channel'],
			startTime: '2026-01-01T00:00:00Z',
			endTime: '2026-01-02T00:00:00Z',
			options: { wait: true },
		});
		expect(noClientId.error?.message).toBe(
			'"Options › App Client ID" is empty: Intercom asks for it to check the export',
		);
		expect(fake.requests).toHaveLength(0);
	});
});
