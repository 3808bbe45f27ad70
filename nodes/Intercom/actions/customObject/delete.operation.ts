import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { intercomApiRequest } from '../../transport';
import type { OperationOption } from '../operation';
import { instanceFields, objectTypeField } from './fields';
import { readInstance } from './instance';

export const option: OperationOption = {
	name: 'Delete',
	action: 'Delete a custom object instance',
	description: 'Delete an instance by your external ID or by its Intercom ID',
};

export const description: INodeProperties[] = [objectTypeField, ...instanceFields];

/**
 * Intercom's operation names swap "by ID" and "by external ID"; the paths say which is which.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/custom-object-instances/deletecustomobjectinstancesbyid
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.CustomObjectInstanceDeleted> {
	const { typePath, byId, externalId } = readInstance(this, itemIndex);
	return await intercomApiRequest<Intercom.CustomObjectInstanceDeleted>(this, {
		method: 'DELETE',
		path: byId ? `${typePath}/${encodeURIComponent(byId)}` : typePath,
		...(byId ? {} : { qs: { external_id: externalId } }),
		itemIndex,
	});
}
