import type { INodeProperties } from 'n8n-workflow';

export const jobIdField: INodeProperties = {
	displayName: 'Job Identifier',
	name: 'jobIdentifier',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. job-abc123',
	description: "The export's job_identifier, as Create gives it",
};

export const decompressField: INodeProperties = {
	displayName: 'Decompress',
	name: 'decompress',
	type: 'boolean',
	default: true,
	description: 'Whether to unzip the gzipped CSV Intercom sends, giving a .csv file',
};

export const clientIdField: INodeProperties = {
	displayName: 'App Client ID',
	name: 'clientId',
	type: 'string',
	default: '',
	required: true,
	description:
		"Your Intercom app's Client ID (Developer Hub › your app › Basic information): Intercom asks for it to read a reporting export",
};
