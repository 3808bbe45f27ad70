import type { INodeProperties } from 'n8n-workflow';

import { helpCenterField } from '../../descriptions/helpCenterRLC';

export const helpCenterIdField: INodeProperties = { ...helpCenterField, required: true };
