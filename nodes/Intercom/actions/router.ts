import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { mapInOrder } from '../helpers/concurrency';
import { configureTransport } from '../transport';
import * as company from './company';
import * as contact from './contact';
import type { IntercomType } from './node.type';
import { readRequestOptions } from './requestOptions';

/** Intercom's objects as the API returns them; each becomes one output item. */
export type OperationResult = object | object[];

export interface Operation {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

const resources: { [R in IntercomType['resource']]: Record<string, Operation> } = {
	contact: contact.operations,
	company: company.operations,
};

/** Keeps n8n's own errors as they are; anything else becomes a NodeOperationError for the item. */
function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/**
 * n8n's "Continue (using error output)" moves an item to the error output only when its JSON holds nothing but
 * `error`, `message` or `details` (n8n-core `handleNodeErrorOutput`), so Intercom's code, field, request id and the
 * HTTP status travel inside `details`.
 */
function errorItem(error: unknown, itemIndex: number): INodeExecutionData {
	const { message, description, httpCode } = error as {
		message?: string;
		description?: string | null;
		httpCode?: string | null;
	};
	const details = {
		...(description ? { description } : {}),
		...(httpCode ? { httpCode } : {}),
	};
	return {
		json: {
			error: message ?? String(error),
			...(Object.keys(details).length > 0 ? { details } : {}),
		},
		pairedItem: { item: itemIndex },
	};
}

/**
 * Runs the chosen operation once per input item, up to Max Concurrent Requests at a time, and returns the output
 * in input order with each item paired to the input it came from. With Continue On Fail a failing item becomes
 * an error item and the others go on.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as IntercomType['resource'];
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = resources[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not supported for "${resource}"`,
		);
	}

	const { maxConcurrency, transport } = readRequestOptions(this);
	configureTransport(this, transport);

	const perItem = await mapInOrder(items.length, maxConcurrency, async (itemIndex) => {
		try {
			const result = await operation.execute.call(this, itemIndex);
			return this.helpers.constructExecutionMetaData(
				this.helpers.returnJsonArray(result as IDataObject | IDataObject[]),
				{
					itemData: { item: itemIndex },
				},
			);
		} catch (error) {
			if (this.continueOnFail()) return [errorItem(error, itemIndex)];
			throw asNodeError(this.getNode(), error, itemIndex);
		}
	});
	return [perItem.flat()];
}
