import type {
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	NodeParameterValueType,
} from 'n8n-workflow';

/**
 * One place a value can be given in an operation, derived from the operation's own description: a top-level field,
 * a member of a collection, or a member of a fixed collection's entry. New operations are fuzzed without new code.
 */
export interface Target {
	/** The field as the editor names it, outermost first. */
	labels: string[];
	definition: INodeProperties;
	/** Sets `expression` at this place in a copy of `parameters`. */
	apply(parameters: INodeParameters, expression: string): INodeParameters;
}

const SKIPPED_TYPES = new Set(['notice', 'hidden', 'resourceMapper']);

/** Where a value goes inside a resource locator: its `value`, the mode kept. */
function atField(definition: INodeProperties) {
	return (parameters: INodeParameters, expression: string): INodeParameters => {
		const current = parameters[definition.name];
		const value =
			definition.type === 'resourceLocator'
				? { __rl: true, mode: (current as { mode?: string } | undefined)?.mode ?? 'id', value: expression }
				: expression;
		return { ...parameters, [definition.name]: value as NodeParameterValueType };
	};
}

function collectionMembers(definition: INodeProperties): Target[] {
	return ((definition.options ?? []) as INodeProperties[])
		.filter((member) => !SKIPPED_TYPES.has(member.type) && member.type !== 'fixedCollection')
		.map((member) => ({
			labels: [definition.displayName, member.displayName],
			definition: member,
			apply: (parameters, expression) => ({
				...parameters,
				[definition.name]: {
					...((parameters[definition.name] as INodeParameters | undefined) ?? {}),
					[member.name]: expression,
				},
			}),
		}));
}

function fixedCollectionMembers(definition: INodeProperties): Target[] {
	const multiple = definition.typeOptions?.multipleValues === true;
	return ((definition.options ?? []) as INodePropertyCollection[]).flatMap((group) =>
		group.values
			.filter((member) => !SKIPPED_TYPES.has(member.type) && member.type !== 'fixedCollection')
			.map((member): Target => ({
				labels: [definition.displayName, group.displayName, member.displayName],
				definition: member,
				apply: (parameters, expression) => {
					const entry = Object.fromEntries(
						group.values
							.filter((value) => value.type !== 'fixedCollection')
							.map((value) => [value.name, value.default]),
					);
					const filled = { ...entry, [member.name]: expression } as INodeParameters;
					return { ...parameters, [definition.name]: { [group.name]: multiple ? [filled] : filled } };
				},
			})),
	);
}

/** Every place of an operation's fields, and each collection as a whole (an expression can replace it). */
export function targetsOf(description: INodeProperties[]): Target[] {
	const seen = new Set<string>();
	return description.flatMap((definition): Target[] => {
		if (SKIPPED_TYPES.has(definition.type) || seen.has(definition.name)) return [];
		seen.add(definition.name);
		const whole: Target = { labels: [definition.displayName], definition, apply: atField(definition) };
		if (definition.type === 'collection') return [whole, ...collectionMembers(definition)];
		if (definition.type === 'fixedCollection') return [whole, ...fixedCollectionMembers(definition)];
		return [whole];
	});
}

/** The operation's parameters at their defaults, with the workspace's valid values where a field needs one. */
export function baseline(
	description: INodeProperties[],
	valid: Record<string, NodeParameterValueType>,
): INodeParameters {
	const parameters: INodeParameters = {};
	for (const definition of description) {
		if (definition.type === 'notice' || definition.name in parameters) continue;
		parameters[definition.name] = valid[definition.name] ?? (definition.default as NodeParameterValueType);
	}
	return parameters;
}
