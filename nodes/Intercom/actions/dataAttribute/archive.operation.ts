import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { attributeField, modelField, readAttributeId } from './fields';

export const option: OperationOption = {
	name: 'Archive',
	action: 'Archive a data attribute',
	description: 'Hide a custom attribute from use, keeping its values (Intercom cannot delete attributes)',
};

export const description: INodeProperties[] = [modelField, attributeField];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<Intercom.DataAttribute> {
	const id = readAttributeId(this, itemIndex);
	return await intercomApiRequest<Intercom.DataAttribute>(this, {
		method: 'PUT',
		path: `/data_attributes/${id}`,
		body: { archived: true },
		itemIndex,
	});
}
