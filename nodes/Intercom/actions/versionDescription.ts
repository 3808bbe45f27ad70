import type { INodeProperties } from 'n8n-workflow';

import { authenticationProperty } from '../descriptions/authentication';
import { requestOptionsDescription } from './requestOptions';
import { resourceProperties, toolResourceProperties } from './resources';

/** Every parameter of the Intercom node, resource by resource. */
export const nodeProperties: INodeProperties[] = [
	authenticationProperty,
	...resourceProperties,
	requestOptionsDescription,
];

/** The same parameters as the AI agent's tool ("Intercom Full API Tool") shows them. */
export const toolNodeProperties: INodeProperties[] = [
	authenticationProperty,
	...toolResourceProperties,
	requestOptionsDescription,
];
