import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { configureTransport } from '../transport';
import { compact, runsAsTool } from './compact';
import type { ItemOutcome, Operation } from './operation';
import { mapInOrder } from './pool';
import { readRequestOptions } from './requestOptions';
import type { IntercomType } from './resources';
import { findOperation } from './resources';

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

/** Runs every item through the operation: all at once for a batch operation, else up to `maxConcurrency` at a time. */
async function outcomes(
	context: IExecuteFunctions,
	operation: Operation,
	itemCount: number,
	maxConcurrency: number,
): Promise<ItemOutcome[]> {
	const itemIndexes = Array.from({ length: itemCount }, (_, index) => index);
	if ('executeBatch' in operation) return await operation.executeBatch.call(context, itemIndexes);
	const stopOnFailure = !context.continueOnFail();
	return await mapInOrder(itemCount, maxConcurrency, async (itemIndex): Promise<ItemOutcome> => {
		try {
			return { ok: true, result: await operation.execute.call(context, itemIndex) };
		} catch (error) {
			// Without Continue On Fail, no new item starts after a failure (mapInOrder stops on a throw).
			if (stopOnFailure) throw asNodeError(context.getNode(), error, itemIndex);
			return { ok: false, error };
		}
	});
}

/**
 * Runs the chosen operation for the input items and returns the output in input order, each item paired to the
 * input it came from. With Continue On Fail a failing item becomes an error item and the others go on; without it
 * the node stops at the first failing item in input order.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as IntercomType['resource'];
	const operationName = this.getNodeParameter('operation', 0) as IntercomType['operation'];
	const operation = findOperation(resource, operationName);
	if (!operation) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not supported for "${resource}"`,
		);
	}

	const { maxConcurrency, transport } = readRequestOptions(this);
	configureTransport(this, transport);

	const results = await outcomes(this, operation, items.length, maxConcurrency);
	// A model reads every character of a tool's answer: nulls and empty lists are left out.
	const asTool = runsAsTool(this.getNode().type);
	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of results.entries()) {
		if (!outcome.ok) {
			if (!this.continueOnFail()) throw asNodeError(this.getNode(), outcome.error, itemIndex);
			output.push(errorItem(outcome.error, itemIndex));
			continue;
		}
		output.push(
			...this.helpers.constructExecutionMetaData(
				this.helpers.returnJsonArray(
					(asTool ? compact(outcome.result as IDataObject[string]) : outcome.result) as
						IDataObject | IDataObject[],
				),
				{ itemData: { item: itemIndex } },
			),
		);
	}
	return [output];
}
