import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	apiBaseUrlExpression,
	apiVersionProperty,
	connectionTestRules,
	messengerProperties,
	regionProperties,
} from './intercomCommon';
import { hostExpression } from './regions';

// Intercom's OAuth runs on the workspace's regional hosts. A custom base URL only proxies the REST API, so with it
// the user says which region authorises. https://developers.intercom.com/docs/build-an-integration/learn-more/authentication/setting-up-oauth
const authorisingRegion = '($self.region === "custom" ? $self.oauthRegion : $self.region)';
const appHost = hostExpression(authorisingRegion, 'app');
const apiHost = hostExpression(authorisingRegion, 'api');

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
		{
			displayName: 'Authorisation Region',
			name: 'oauthRegion',
			type: 'options',
			options: [
				{ name: 'United States', value: 'us' },
				{ name: 'Europe', value: 'eu' },
				{ name: 'Australia', value: 'au' },
			],
			default: 'us',
			description:
				"Where the workspace behind the base URL is hosted: its region's Intercom hosts sign you in and issue the token (app.eu.intercom.com and api.eu.intercom.io for Europe)",
			displayOptions: { show: { region: ['custom'] } },
		},
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
