import type { INodeProperties } from 'n8n-workflow';

export const adminField: INodeProperties = {
	displayName: 'Admin Name or ID',
	name: 'adminId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAdmins' },
	default: '',
	required: true,
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};
