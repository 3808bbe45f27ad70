import type { INodeProperties } from 'n8n-workflow';

import { adminPicker } from './pickers';

/** A note's text and author, on a contact or a company. */
export const noteFields: INodeProperties[] = [
	{
		displayName: 'Note',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'Text of the note; simple HTML such as <p> and <a> is kept',
	},
	adminPicker({
		displayName: 'Author',
		purpose: 'The teammate shown as writing the note',
		tokenOwnerFirst: true,
	}),
];
