import type { INodeProperties } from 'n8n-workflow';

/** Where an operation that downloads a file puts it on the output item (n8n's usual name and default). */
export const outputFileField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the output binary field to put the file in',
};
