import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../descriptions/authentication';
import * as company from './company';
import * as contact from './contact';
import { requestOptionsDescription } from './requestOptions';

/** Every parameter of the Intercom node, resource by resource. */
export const nodeProperties: INodeProperties[] = [
	authenticationProperty,
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
