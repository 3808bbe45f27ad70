import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

/** Which credential a node uses; the transport reads it to pick `intercomAccessTokenApi` or `intercomAppOAuth2Api`. */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Access Token', value: 'accessToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'accessToken',
};

/** The two credentials, each shown for its value of the Authentication parameter. */
export const intercomCredentials: INodeCredentialDescription[] = [
	{
		name: 'intercomAccessTokenApi',
		required: true,
		displayOptions: { show: { authentication: ['accessToken'] } },
	},
	{ name: 'intercomAppOAuth2Api', required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
];
