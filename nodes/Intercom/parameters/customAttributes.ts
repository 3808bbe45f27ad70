import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { findDefinition } from './definitions';
import { readCollection } from './read';

/** Limits Intercom applies to custom data attributes. */
export const MAX_ATTRIBUTE_NAME_LENGTH = 190;
export const MAX_ATTRIBUTE_TEXT_LENGTH = 255;

/** The pair's name field as the editor shows it: "Name or ID" when picked from a list, "Name" when typed. */
function nameLabelOf(definition: INodeProperties): string {
	const pair = (definition.options ?? [])[0] as INodePropertyCollection | undefined;
	return pair?.values?.[0]?.displayName ?? 'Name';
}

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
	{ clearable = true }: { clearable?: boolean } = {},
): IDataObject | undefined {
	const parameter = 'customAttributes';
	const entries =
		readCollection<{ attribute: AttributeEntry[] }>(context, itemIndex, parameter, {
			scalarMembers: ['value'],
		}).attribute ?? [];
	if (entries.length === 0) return undefined;

	const node = context.getNode();
	const nameLabel = nameLabelOf(findDefinition(context, parameter));
	const attributes: IDataObject = {};
	for (const [position, { name, value }] of entries.entries()) {
		const label = `Custom Attributes › Attribute ${position + 1}`;
		const attributeName = (name ?? '').trim();
		if (attributeName === '') {
			throw new NodeOperationError(node, `"${label} › ${nameLabel}" is empty`, { itemIndex });
		}
		if (attributeName.length > MAX_ATTRIBUTE_NAME_LENGTH) {
			throw new NodeOperationError(
				node,
				`"${label} › ${nameLabel}" ("${attributeName.slice(0, 40)}…") is ${attributeName.length} characters long; Intercom allows at most ${MAX_ATTRIBUTE_NAME_LENGTH}`,
				{ itemIndex },
			);
		}
		if (typeof value === 'string' && value.length > MAX_ATTRIBUTE_TEXT_LENGTH) {
			throw new NodeOperationError(
				node,
				`"${label} › Value" of custom attribute "${attributeName}" is ${value.length} characters long; Intercom allows at most ${MAX_ATTRIBUTE_TEXT_LENGTH}`,
				{ itemIndex },
			);
		}
		const empty = value === '' || value === null || value === undefined;
		if (empty && !clearable) {
			throw new NodeOperationError(node, `"${label} › Value" is empty`, {
				description: 'Give the value to set: Intercom takes no empty value for this attribute.',
				itemIndex,
			});
		}
		attributes[attributeName] = empty ? null : value;
	}
	return attributes;
}
