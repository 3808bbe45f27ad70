import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	apiBaseUrlExpression,
	apiVersionProperty,
	connectionTestRules,
	messengerProperties,
	regionProperties,
} from './intercomCommon';
import { hostExpression } from './regions';

// Intercom's OAuth runs on the workspace's regional app host; a custom base URL only proxies the REST API,
// so it authorises against the US hosts. https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/setting-up-oauth
const appHost = hostExpression('$self.region', 'app');
const apiHost = hostExpression('$self.region', 'api');

export class IntercomAppOAuth2Api implements ICredentialType {
	name = 'intercomAppOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Intercom OAuth2 API';

	icon = { light: 'file:intercom.svg', dark: 'file:intercom.dark.svg' } as const;

	documentationUrl =
		'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/setting-up-oauth';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		...regionProperties,
		apiVersionProperty,
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `={{ "https://" + (${appHost}) + "/oauth" }}`,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{ "https://" + (${apiHost}) + "/auth/eagle/token" }}`,
		},
		{
			// Intercom grants the permissions ticked on the app's Authentication page; it takes no scope parameter.
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		...messengerProperties,
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: apiBaseUrlExpression,
			url: '/me',
			headers: {
				'Intercom-Version': '={{$credentials.apiVersion}}',
				Accept: 'application/json',
			},
		},
		rules: connectionTestRules,
	};
}
