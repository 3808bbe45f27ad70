import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Limits Intercom applies to custom data attributes. */
export const MAX_ATTRIBUTE_NAME_LENGTH = 190;
export const MAX_ATTRIBUTE_TEXT_LENGTH = 255;

interface AttributeEntry {
	name?: string;
	value?: unknown;
}

/**
 * Reads the Custom Attributes pairs of an item into Intercom's flat `custom_attributes` object, checking
 * Intercom's limits first so a bad value fails with its name instead of a vague 400.
 */
export function readCustomAttributes(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter = 'customAttributes',
): IDataObject | undefined {
	const collection = context.getNodeParameter(parameter, itemIndex, {}) as { attribute?: AttributeEntry[] };
	const entries = collection.attribute ?? [];
	if (entries.length === 0) return undefined;

	const node = context.getNode();
	const attributes: IDataObject = {};
	for (const [position, { name, value }] of entries.entries()) {
		const attributeName = (name ?? '').trim();
		if (attributeName === '') {
			throw new NodeOperationError(node, `Custom Attributes › attribute ${position + 1} has no name`, {
				itemIndex,
			});
		}
		if (attributeName.length > MAX_ATTRIBUTE_NAME_LENGTH) {
			throw new NodeOperationError(
				node,
				`Custom attribute name "${attributeName.slice(0, 40)}…" is ${attributeName.length} characters long; Intercom allows at most ${MAX_ATTRIBUTE_NAME_LENGTH}`,
				{ itemIndex },
			);
		}
		if (typeof value === 'string' && value.length > MAX_ATTRIBUTE_TEXT_LENGTH) {
			throw new NodeOperationError(
				node,
				`Custom attribute "${attributeName}" has a value of ${value.length} characters; Intercom allows at most ${MAX_ATTRIBUTE_TEXT_LENGTH}`,
				{ itemIndex },
			);
		}
		if (value !== null && typeof value === 'object') {
			throw new NodeOperationError(
				node,
				`Custom attribute "${attributeName}" must be text, a number or a boolean, not an object or a list`,
				{ itemIndex },
			);
		}
		attributes[attributeName] = value === '' || value === undefined ? null : (value as IDataObject[string]);
	}
	return attributes;
}
