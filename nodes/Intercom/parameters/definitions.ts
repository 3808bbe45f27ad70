import type { IExecuteFunctions, INodeParameters, INodeProperties } from 'n8n-workflow';

const definitionsByContext = new WeakMap<object, INodeProperties[]>();
const operationLabels = new WeakMap<object, string>();

/**
 * The fields the readers know for this execution: the node's own (resource, operation, request options) and the
 * running operation's. The router sets them once; every reader looks its field up here to learn the name the editor
 * shows, the type and the choices.
 */
export function useParameterDefinitions(
	context: object,
	properties: INodeProperties[],
	operationLabel: string,
): void {
	definitionsByContext.set(context, properties);
	operationLabels.set(context, operationLabel);
}

/** The running operation as the editor names it: "Contact › Get Many". */
export function runningOperationLabel(context: object): string {
	return operationLabels.get(context) ?? '';
}

function shown(property: INodeProperties, parameters: INodeParameters): boolean {
	const { show, hide } = property.displayOptions ?? {};
	const matches = (name: string, allowed: unknown[] | undefined) =>
		allowed === undefined || allowed.includes(parameters[name.replace(/^\//, '')]);
	const hiddenBy = (name: string, values: unknown[] | undefined) =>
		values !== undefined && values.includes(parameters[name.replace(/^\//, '')]);
	return (
		Object.entries(show ?? {}).every(([name, allowed]) => name === '@version' || matches(name, allowed)) &&
		!Object.entries(hide ?? {}).some(([name, values]) => name !== '@version' && hiddenBy(name, values))
	);
}

/** A member of a collection (its options) or of a fixed collection (each group's values). */
function memberOf(parent: INodeProperties, name: string): INodeProperties | undefined {
	for (const option of parent.options ?? []) {
		if ('type' in option && option.name === name) return option;
		if ('values' in option) {
			const member = option.values.find((value) => value.name === name);
			if (member) return member;
		}
	}
	return undefined;
}

/**
 * The definition of a field: top-level by name, or a collection's member by a dotted path ("updateFields.company").
 * Where two fields share a name (shown under different conditions), the one the node's current parameters show. A
 * name no definition has is a defect of the operation, not of the user's input.
 */
export function findDefinition(context: IExecuteFunctions, path: string): INodeProperties {
	const [name, ...members] = path.split('.');
	const candidates = (definitionsByContext.get(context) ?? []).filter((property) => property.name === name);
	const parameters = context.getNode().parameters;
	let definition: INodeProperties | undefined =
		candidates.find((property) => shown(property, parameters)) ?? candidates[0];
	const labels: Array<string | undefined> = [definition?.displayName];
	for (const member of members) {
		definition = definition && memberOf(definition, member);
		labels.push(definition?.displayName);
	}
	if (!definition)
		throw new Error(`The Intercom node reads "${path}", which its description does not define`);
	return { ...definition, displayName: labels.join(' › ') };
}
