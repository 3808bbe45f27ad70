import type { INodeProperties } from 'n8n-workflow';

/** The "Options" collection an operation keeps its rarely needed fields in (read as `options`). */
export function optionsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}
