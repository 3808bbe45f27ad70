import type { IDataObject } from 'n8n-workflow';

/** A collection's values under Intercom's names: the fields' camelCase names in snake_case (`isInternal` → `is_internal`). */
export function snakeCased(values: IDataObject): IDataObject {
	return Object.fromEntries(
		Object.entries(values).map(([name, value]) => [
			name.replace(/[A-Z]/g, (upper) => `_${upper.toLowerCase()}`),
			value,
		]),
	);
}
