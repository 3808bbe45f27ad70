import type { IAuthenticateRuleResponseCode, INodeProperties } from 'n8n-workflow';

import { hostExpression } from './regions';

export const regionProperties: INodeProperties[] = [
	{
		displayName: 'Region',
		name: 'region',
		type: 'options',
		options: [
			{ name: 'United States', value: 'us' },
			{ name: 'Europe', value: 'eu' },
			{ name: 'Australia', value: 'au' },
			{ name: 'Custom Base URL', value: 'custom' },
		],
		default: 'us',
		description: 'Where your Intercom workspace is hosted (Settings › Workspace › General)',
	},
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: '',
		placeholder: 'https://intercom-proxy.example.com',
		description: 'REST base URL of a proxy in front of Intercom',
		displayOptions: { show: { region: ['custom'] } },
	},
];

/** Only the Messenger › Identify operation uses these; the secret never leaves the credential. */
export const messengerProperties: INodeProperties[] = [
	{
		displayName: 'Messenger Identity Secret',
		name: 'messengerSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Signs user_hash and Messenger JWTs for signed-in users: Settings › Channels › Messenger › Security (identity verification secret)',
	},
	{
		displayName: 'Workspace ID',
		name: 'messengerAppId',
		type: 'string',
		default: '',
		placeholder: 'e.g. ecahpwf5',
		description:
			"The Messenger's app_id; empty reads it from Intercom once per run (the id_code of the token's workspace)",
	},
];

export const apiVersionProperty: INodeProperties = {
	displayName: 'API Version',
	name: 'apiVersion',
	type: 'options',
	options: [
		{ name: '2.14', value: '2.14' },
		{ name: '2.15', value: '2.15' },
		{ name: '2.16', value: '2.16' },
		{ name: 'Unstable', value: 'Unstable' },
	],
	default: '2.14',
	description: 'Sent as the Intercom-Version header on every request',
};

/** The REST API's base URL as an expression: the custom one, or the region's host. */
export const apiBaseUrlExpression = `={{ $credentials.region === "custom" ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://" + ${hostExpression('$credentials.region', 'api')} }}`;

/** What the connection test says for Intercom's usual refusals, instead of a bare status text. */
export const connectionTestRules: IAuthenticateRuleResponseCode[] = [
	{
		type: 'responseCode',
		properties: {
			value: 401,
			message:
				'Intercom refused the access token (401 "Access Token Invalid"): check the token, and that the region is your workspace\'s',
		},
	},
	{
		type: 'responseCode',
		properties: {
			value: 403,
			message:
				'Intercom refused access (403): the app lacks the "Read admins" permission, or the token was revoked',
		},
	},
	{
		type: 'responseCode',
		properties: {
			value: 404,
			message: 'Nothing answered at this address (404): check the region or the custom base URL',
		},
	},
];
