import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { outputFileField } from '../../descriptions/file';
import { readOption, readText } from '../../parameters/read';
import { intercomFileRequest } from '../../transport';
import { outputFile } from '../file';
import type { FileOutput, OperationOption } from '../operation';
import { callIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Transcript',
	action: 'Get the transcript of a call',
	description: 'Get what was said on a call, as text for a model or as a .txt file',
};

export const description: INodeProperties[] = [
	callIdField,
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{ name: 'Text', value: 'text', description: 'The transcript in the JSON, as "transcript"' },
			{ name: 'File', value: 'file', description: 'The .txt file Intercom sends, as binary data' },
		],
		default: 'text',
	},
	{ ...outputFileField, displayOptions: { show: { output: ['file'] } } },
];

/**
 * Intercom answers the transcript as a `text/plain` download.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/calls/showcalltranscript
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<{ callId: string; transcript: string } | FileOutput> {
	const callId = readText(this, itemIndex, 'callId', { required: true });
	const output = readOption<'text' | 'file'>(this, itemIndex, 'output');
	const answer = await intercomFileRequest(this, {
		method: 'GET',
		path: `/calls/${encodeURIComponent(callId)}/transcript`,
		accept: 'text/plain, application/json',
		itemIndex,
	});
	if (output === 'text') return { callId, transcript: answer.data.toString('utf8') };
	return await outputFile(this, itemIndex, answer, `call-${callId}-transcript.txt`, { callId });
}
