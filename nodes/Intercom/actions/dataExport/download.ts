import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readBoolean } from '../../parameters/read';
import type { FileAnswer } from '../../transport';

/** Gunzips with the runtime's own DecompressionStream (community nodes may not import `node:zlib`). */
async function gunzip(data: Buffer): Promise<Buffer> {
	const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'));
	return Buffer.from(await new Response(stream).arrayBuffer());
}

/** Intercom's exports arrive gzipped; with Decompress on they become the CSV itself. */
export async function decompressed(
	context: IExecuteFunctions,
	itemIndex: number,
	answer: FileAnswer,
): Promise<FileAnswer> {
	if (!readBoolean(context, itemIndex, 'decompress')) return answer;
	try {
		const fileName = answer.fileName?.replace(/\.gz$/i, '');
		return { data: await gunzip(answer.data), mimeType: 'text/csv', ...(fileName ? { fileName } : {}) };
	} catch {
		throw new NodeOperationError(context.getNode(), 'The export Intercom sent is not gzipped', {
			itemIndex,
			description: 'Turn "Decompress" off to get the file as Intercom sent it.',
		});
	}
}
