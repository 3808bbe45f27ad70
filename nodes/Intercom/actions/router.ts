import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { useParameterDefinitions } from '../parameters/definitions';
import { readResourceAndOperation } from '../parameters/read';
import { configureTransport } from '../transport';
import { compact, runsAsTool } from './compact';
import type { BatchOperation, ItemOutcome, Operation } from './operation';
import { isFileOutput } from './operation';
import { mapInOrder } from './pool';
import { readRequestOptions, requestOptionsDescription, runRequestOptions } from './requestOptions';
import { findOperation, operationLabel } from './resources';
import { refuseOlderVersion } from './versions';

/** Said of an error that is not an answer from Intercom nor a refused value: a defect of the node. */
export const UNEXPECTED_ERROR_DESCRIPTION =
	'An unexpected error inside the Intercom node, not an answer from Intercom. Please report it with the values that caused it.';

/** Keeps n8n's own errors as they are; anything else becomes a NodeOperationError for the item. */
function asNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(node, error as Error, {
		itemIndex,
		description: UNEXPECTED_ERROR_DESCRIPTION,
	});
}

/**
 * n8n's "Continue (using error output)" moves an item to the error output only when its JSON holds nothing but
 * `error`, `message` or `details` (n8n-core `handleNodeErrorOutput`), so Intercom's code, field, request id and the
 * HTTP status travel inside `details`.
 */
function errorItem(node: INode, error: unknown, itemIndex: number): INodeExecutionData {
	const nodeError = asNodeError(node, error, itemIndex);
	const { message, description } = nodeError;
	const httpCode = nodeError instanceof NodeApiError ? nodeError.httpCode : null;
	const details = {
		...(description ? { description } : {}),
		...(httpCode ? { httpCode } : {}),
	};
	return {
		json: { error: message, ...(Object.keys(details).length > 0 ? { details } : {}) },
		pairedItem: { item: itemIndex },
	};
}

/** Serves a batch operation with the items whose Request Options are valid; the others fail on their own. */
async function batchOutcomes(
	context: IExecuteFunctions,
	operation: BatchOperation,
	label: string,
	itemCount: number,
): Promise<ItemOutcome[]> {
	const results = new Array<ItemOutcome>(itemCount);
	const served: number[] = [];
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			readRequestOptions(context, itemIndex);
			await refuseOlderVersion(context, operation, label, itemIndex);
			served.push(itemIndex);
		} catch (error) {
			results[itemIndex] = { ok: false, error };
		}
	}
	try {
		const batch = await operation.executeBatch.call(context, served);
		served.forEach((itemIndex, position) => (results[itemIndex] = batch[position]));
	} catch (error) {
		for (const itemIndex of served) results[itemIndex] = { ok: false, error };
	}
	return results;
}

/** Runs every item through the operation: all at once for a batch operation, else up to `maxConcurrency` at a time. */
async function outcomes(
	context: IExecuteFunctions,
	operation: Operation,
	label: string,
	itemCount: number,
	maxConcurrency: number,
): Promise<ItemOutcome[]> {
	if ('executeBatch' in operation) return await batchOutcomes(context, operation, label, itemCount);
	const stopOnFailure = !context.continueOnFail();
	return await mapInOrder(itemCount, maxConcurrency, async (itemIndex): Promise<ItemOutcome> => {
		try {
			readRequestOptions(context, itemIndex);
			await refuseOlderVersion(context, operation, label, itemIndex);
			return { ok: true, result: await operation.execute.call(context, itemIndex) };
		} catch (error) {
			// Without Continue On Fail, no new item starts after a failure (mapInOrder stops on a throw).
			if (stopOnFailure) throw asNodeError(context.getNode(), error, itemIndex);
			return { ok: false, error };
		}
	});
}

/** An item's output: Intercom's objects as items paired to the input, compacted for a model when run as a tool. */
function outputOf(
	context: IExecuteFunctions,
	outcome: ItemOutcome & { ok: true },
	itemIndex: number,
): INodeExecutionData[] {
	if (isFileOutput(outcome.result)) {
		const { json, binary } = outcome.result;
		return [{ json, binary, pairedItem: { item: itemIndex } }];
	}
	// A model reads every character of a tool's answer: nulls and empty lists are left out.
	const result = runsAsTool(context.getNode().type)
		? compact(outcome.result as IDataObject[string])
		: outcome.result;
	return context.helpers.constructExecutionMetaData(
		context.helpers.returnJsonArray(result as IDataObject | IDataObject[]),
		{ itemData: { item: itemIndex } },
	);
}

/**
 * Runs the chosen operation for the input items and returns the output in input order, each item paired to the
 * input it came from. With Continue On Fail a failing item — a refused value, Intercom's error or anything else —
 * becomes an error item and the others go on; without it the node stops at the first failing item in input order.
 * No error leaves the item loop any other way.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	const itemCount = this.getInputData().length;
	const { resource, operation: operationName } = readResourceAndOperation(this);
	const operation = findOperation(resource, operationName);
	if (!operation) {
		throw new NodeOperationError(node, `The operation "${operationName}" is not supported for "${resource}"`);
	}
	const label = operationLabel(resource, operation);
	useParameterDefinitions(this, [requestOptionsDescription, ...operation.description], label);

	const { maxConcurrency, transport } = runRequestOptions(this);
	configureTransport(this, transport);

	const results = await outcomes(this, operation, label, itemCount, maxConcurrency);
	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of results.entries()) {
		try {
			if (!outcome.ok) throw outcome.error;
			// One item's output can be hundreds of thousands of records: more than a call's arguments may hold.
			for (const item of outputOf(this, outcome, itemIndex)) output.push(item);
		} catch (error) {
			if (!this.continueOnFail()) throw asNodeError(node, error, itemIndex);
			output.push(errorItem(node, error, itemIndex));
		}
	}
	return [output];
}
