import type { INodeProperties } from 'n8n-workflow';

/** Which credential a node uses; the transport reads it to pick `intercomApi` or `intercomOAuth2Api`. */
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
