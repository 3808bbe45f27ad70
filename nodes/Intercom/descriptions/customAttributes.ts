import type { INodeProperties } from 'n8n-workflow';

/** Name/value pairs whose names come from the workspace's data attributes of the given model. */
const ATTRIBUTE_PICKERS = {
	contact: 'getContactAttributes',
	company: 'getCompanyAttributes',
	conversation: 'getConversationAttributes',
} as const;

/** The attribute's name: picked from the model's data attributes, or typed (custom objects have no attribute list). */
function nameField(model: keyof typeof ATTRIBUTE_PICKERS | 'custom object'): INodeProperties {
	if (model === 'custom object') {
		return {
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'e.g. order_total',
			description: "The attribute's name as the custom object defines it",
		};
	}
	return {
		displayName: 'Name or ID',
		name: 'name',
		type: 'options',
		typeOptions: { loadOptionsMethod: ATTRIBUTE_PICKERS[model] },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	};
}

export function customAttributesField(
	model: keyof typeof ATTRIBUTE_PICKERS | 'custom object',
): INodeProperties {
	return {
		displayName: 'Custom Attributes',
		name: 'customAttributes',
		type: 'fixedCollection',
		placeholder: 'Add Custom Attribute',
		typeOptions: { multipleValues: true },
		default: {},
		description: `Custom data attributes of the ${model}. Names are at most 190 characters, text values at most 255.`,
		options: [
			{
				displayName: 'Attribute',
				name: 'attribute',
				values: [
					nameField(model),
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'Text, or a number or boolean through an expression; leave empty to clear the attribute',
					},
				],
			},
		],
	};
}
