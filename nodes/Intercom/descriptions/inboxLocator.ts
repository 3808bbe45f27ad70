import type { INodeProperties } from 'n8n-workflow';

/** A record of the Inbox (a conversation, a ticket): searched from a list, or given by its Inbox link or its ID. */
export function inboxLocator(locator: {
	displayName: string;
	name: string;
	description: string;
	noun: string;
	searchListMethod: string;
	urlRegex: string;
	idPlaceholder: string;
}): INodeProperties {
	const { displayName, name, description, noun, searchListMethod, urlRegex, idPlaceholder } = locator;
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${noun}…`,
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/123456789',
				validation: [
					{
						type: 'regex',
						properties: { regex: urlRegex, errorMessage: `Not a link to an Intercom ${noun}` },
					},
				],
				extractValue: { type: 'regex', regex: urlRegex },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: idPlaceholder,
				validation: [
					{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: `A ${noun} ID is a number` } },
				],
			},
		],
	};
}
