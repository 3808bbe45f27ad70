import type { IExecuteFunctions } from 'n8n-workflow';

import { readOption, readText } from '../../parameters/read';

/** The object type as a path segment, and the instance as a path segment (by ID) or a query (by external ID). */
export function readInstance(
	context: IExecuteFunctions,
	itemIndex: number,
): { typePath: string; byId?: string; externalId?: string } {
	const typePath = `/custom_object_instances/${encodeURIComponent(readText(context, itemIndex, 'objectType', { required: true }))}`;
	if (readOption<'externalId' | 'id'>(context, itemIndex, 'findBy') === 'id') {
		return { typePath, byId: readText(context, itemIndex, 'instanceId', { required: true }) };
	}
	return { typePath, externalId: readText(context, itemIndex, 'externalId', { required: true }) };
}
