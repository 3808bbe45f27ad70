import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readText } from '../parameters/read';
import type { FileAnswer } from '../transport';
import type { FileOutput } from './operation';
import { fileOutput } from './operation';

/**
 * A downloaded file as the output item: n8n binary data in the chosen field (through n8n's binary data store, so a
 * large export does not sit in the execution's JSON), named as Intercom named it or `fallbackName`.
 */
export async function outputFile(
	context: IExecuteFunctions,
	itemIndex: number,
	answer: FileAnswer,
	fallbackName: string,
	json: IDataObject,
): Promise<FileOutput> {
	const field = readText(context, itemIndex, 'binaryPropertyName', { required: true });
	const fileName = answer.fileName ?? fallbackName;
	const binary = await context.helpers.prepareBinaryData(answer.data, fileName, answer.mimeType);
	return fileOutput(
		{ ...json, fileName, mimeType: answer.mimeType, fileSize: answer.data.length },
		{ [field]: binary },
	);
}
