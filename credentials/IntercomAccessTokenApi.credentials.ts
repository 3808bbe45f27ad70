import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import {
	apiBaseUrlExpression,
	apiVersionProperty,
	connectionTestRules,
	messengerProperties,
	regionProperties,
} from './intercomCommon';

export class IntercomAccessTokenApi implements ICredentialType {
	name = 'intercomAccessTokenApi';

	displayName = 'Intercom Access Token API';

	icon = { light: 'file:intercom.svg', dark: 'file:intercom.dark.svg' } as const;

	documentationUrl = 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Access token of your Intercom app: Developer Hub › your app › Configure › Authentication',
		},
		...regionProperties,
		apiVersionProperty,
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"Only the Intercom Trigger uses it, to check each webhook's X-Hub-Signature: Developer Hub › your app › Configure › Basic information",
		},
		...messengerProperties,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
				'Intercom-Version': '={{$credentials.apiVersion}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: apiBaseUrlExpression,
			url: '/me',
		},
		rules: connectionTestRules,
	};
}
