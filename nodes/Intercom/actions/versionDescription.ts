import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../descriptions/authentication';
import { requestOptionsDescription } from './requestOptions';
import { resourceProperties } from './resources';

/** Every parameter of the Intercom node, resource by resource. */
export const nodeProperties: INodeProperties[] = [
	authenticationProperty,
	...resourceProperties,
	requestOptionsDescription,
];
