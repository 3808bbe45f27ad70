import type { INodeProperties } from 'n8n-workflow';

/** A contact picked from a search list, or given by Intercom id, by your external_id or by email. */
export function contactRLC(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Contact',
		name: 'contact',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The contact, found by its Intercom ID, your external_id, or its email',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a contact…',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true },
			},
			{
				displayName: 'By External ID',
				name: 'externalId',
				type: 'string',
				placeholder: 'e.g. crm-4711',
			},
			{
				displayName: 'By Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane@example.com',
			},
			{
				displayName: 'By Intercom ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 6762f0d51bb69f9f2193bb7f',
			},
		],
		...overrides,
	};
}
