import type { INodeProperties } from 'n8n-workflow';

import * as company from './company';
import * as contact from './contact';
import { requestOptionsDescription } from './requestOptions';

/** Every parameter of the Intercom node, resource by resource. */
export const nodeProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'Access Token', value: 'accessToken' },
			{ name: 'OAuth2', value: 'oAuth2' },
		],
		default: 'accessToken',
	},
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Company', value: 'company' },
			{ name: 'Contact', value: 'contact' },
		],
		default: 'contact',
	},
	...contact.description,
	...company.description,
	requestOptionsDescription,
];
