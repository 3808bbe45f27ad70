import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** A required text parameter, trimmed; an empty one fails with the field's display name. */
export function requiredString(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	displayName: string,
): string {
	const value = String(context.getNodeParameter(parameter, itemIndex, '') ?? '').trim();
	if (value === '') {
		throw new NodeOperationError(context.getNode(), `"${displayName}" is empty`, { itemIndex });
	}
	return value;
}
