import type { INodeProperties } from 'n8n-workflow';

export const objectTypeField: INodeProperties = {
	displayName: 'Object Type',
	name: 'objectType',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Order',
	description: "The custom object's identifier, as Settings › Data › Custom objects shows it",
};

/** An instance by your own ID (`external_id`, the key to keep) or Intercom's. */
export const instanceFields: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		options: [
			{ name: 'External ID', value: 'externalId', description: 'Your own ID for the instance' },
			{ name: 'Intercom ID', value: 'id' },
		],
		default: 'externalId',
	},
	{
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. order-1042',
		displayOptions: { show: { findBy: ['externalId'] } },
	},
	{
		displayName: 'Instance ID',
		name: 'instanceId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { findBy: ['id'] } },
	},
];
