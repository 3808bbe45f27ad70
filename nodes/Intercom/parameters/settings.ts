import type { INode, INodeProperties, NodeParameterValueType } from 'n8n-workflow';

import { coerce, toText } from './values';

/** What triggers and pickers read parameters from: n8n's poll, webhook, hook and load-options contexts. */
interface SettingsSource {
	getNode(): INode;
	getNodeParameter(name: string, fallbackValue?: NodeParameterValueType): unknown;
}

/**
 * A trigger's setting, checked and converted by its definition among the trigger's `properties` as the action
 * node's readers do; a trigger has no items, so the error names the field alone.
 */
export function readSetting<T>(context: SettingsSource, properties: INodeProperties[], name: string): T {
	const definition = properties.find((property) => property.name === name);
	if (!definition) throw new Error(`The trigger reads "${name}", which its description does not define`);
	const raw = context.getNodeParameter(name, definition.default as NodeParameterValueType);
	return coerce(raw, definition, {
		node: context.getNode(),
		itemIndex: 0,
		label: definition.displayName,
	}) as T;
}

/** A picker's view of another field while the user edits: its text, or '' for anything that is not text yet. */
export function readCurrentText(context: SettingsSource, name: string): string {
	try {
		return toText(context.getNodeParameter(name, ''), {
			node: context.getNode(),
			itemIndex: 0,
			label: name,
		}).trim();
	} catch {
		return '';
	}
}
