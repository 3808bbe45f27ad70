import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { getConnection, intercomApiRequest, versionAtLeast } from '../../transport';
import type { OperationOption } from '../operation';
import { instanceFields, objectTypeField } from './fields';
import { readInstance } from './instance';

export const option: OperationOption = {
	name: 'Get',
	action: 'Get a custom object instance',
	description: 'Get an instance by your external ID or by its Intercom ID',
};

export const description: INodeProperties[] = [objectTypeField, ...instanceFields];

/**
 * By external ID, 2.14 answers the instance itself; from 2.16 the same call is the list, filtered, so the instance is
 * the list's first record.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/custom-object-instances/getcustomobjectinstancesbyexternalid
 * https://developers.intercom.com/docs/references/2.16/rest-api/api.intercom.io/custom-object-instances/listcustomobjectinstances
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<Intercom.CustomObjectInstance> {
	const { typePath, byId, externalId } = readInstance(this, itemIndex);
	if (byId) {
		return await intercomApiRequest<Intercom.CustomObjectInstance>(this, {
			method: 'GET',
			path: `${typePath}/${encodeURIComponent(byId)}`,
			itemIndex,
		});
	}
	const query = { method: 'GET' as const, path: typePath, qs: { external_id: externalId }, itemIndex };
	const { apiVersion } = await getConnection(this);
	if (!versionAtLeast(apiVersion, '2.16')) {
		return await intercomApiRequest<Intercom.CustomObjectInstance>(this, query);
	}
	const { data = [] } = await intercomApiRequest<{ data?: Intercom.CustomObjectInstance[] }>(this, query);
	const [instance] = data;
	if (!instance) {
		throw new NodeOperationError(this.getNode(), `No instance has the external ID "${externalId}"`, {
			itemIndex,
		});
	}
	return instance;
}
