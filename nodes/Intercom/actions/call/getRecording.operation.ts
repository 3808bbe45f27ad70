import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { outputFileField } from '../../descriptions/file';
import { readText } from '../../parameters/read';
import { intercomFileRequest } from '../../transport';
import { outputFile } from '../file';
import type { FileOutput, OperationOption } from '../operation';
import { callIdField } from './fields';

export const option: OperationOption = {
	name: 'Get Recording',
	action: 'Get the recording of a call',
	description: "Download a call's audio recording as binary data",
};

export const description: INodeProperties[] = [callIdField, outputFileField];

/**
 * Intercom redirects to a signed link to the recording, followed here; a call without one answers 404.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/calls/showcallrecording
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<FileOutput> {
	const callId = readText(this, itemIndex, 'callId', { required: true });
	const answer = await intercomFileRequest(this, {
		method: 'GET',
		path: `/calls/${encodeURIComponent(callId)}/recording`,
		itemIndex,
	});
	const extension = answer.mimeType.split('/')[1]?.replace('mpeg', 'mp3') ?? 'bin';
	return await outputFile(this, itemIndex, answer, `call-${callId}-recording.${extension}`, { callId });
}
