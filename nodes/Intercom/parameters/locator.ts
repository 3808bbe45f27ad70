import type { IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export interface Locator {
	mode: string;
	value: string;
}

/** Reads a resource-locator parameter (or a plain string, as expressions and older workflows give) and checks it is set. */
export function readLocator(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	hint: string,
): Locator {
	const raw = context.getNodeParameter(parameter, itemIndex) as INodeParameterResourceLocator | string;
	const mode = typeof raw === 'string' ? 'id' : raw.mode;
	const value = String((typeof raw === 'string' ? raw : raw.value) ?? '').trim();
	if (value === '') {
		throw new NodeOperationError(context.getNode(), `"${parameter}" is empty: ${hint}`, { itemIndex });
	}
	return { mode, value };
}
