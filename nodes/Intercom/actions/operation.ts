import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { ToolUse } from '../tool/arguments';

const FILE_OUTPUT = Symbol('file output');

/** One output item with a file: its binary data, and JSON that describes it. */
export interface FileOutput {
	[FILE_OUTPUT]: true;
	json: IDataObject;
	binary: IBinaryKeyData;
}

export function fileOutput(json: IDataObject, binary: IBinaryKeyData): FileOutput {
	return { [FILE_OUTPUT]: true, json, binary };
}

export function isFileOutput(result: unknown): result is FileOutput {
	return typeof result === 'object' && result !== null && FILE_OUTPUT in result;
}

/** Intercom's objects as the API returns them, each one output item; or one item with a file. */
export type OperationResult = object | object[] | FileOutput;

/** An operation's entry in the Operation dropdown; its value is the operation's key in its resource. */
export type OperationOption = Omit<INodePropertyOptions, 'value'> & { action: string; description: string };

/** The Intercom API versions an operation can need: 2.14 is the oldest the node speaks. */
export type ApiVersion = '2.16';

interface OperationBase {
	option: OperationOption;
	/** The first API version that has the operation; an older credential is refused before any call. */
	since?: ApiVersion;
	/** The operation's own fields; the registry shows them for this resource and operation only. */
	description: INodeProperties[];
	/** How a model calls it when the node is an AI agent's tool; without it, the tool shows the node's defaults. */
	tool?: ToolUse;
}

/** Runs once per input item: the router owns the loop, the pairing, the concurrency and Continue On Fail. */
export interface ItemOperation extends OperationBase {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult>;
}

export type ItemOutcome = { ok: true; result: OperationResult } | { ok: false; error: unknown };

/**
 * Serves every input item at once, for calls that take many records (one `POST /tags` tags many companies). It
 * returns one outcome per item index, in the order given; the router pairs them and applies Continue On Fail.
 */
export interface BatchOperation extends OperationBase {
	executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<ItemOutcome[]>;
}

export type Operation = ItemOperation | BatchOperation;

export interface ResourceDefinition {
	displayName: string;
	defaultOperation: string;
	operations: Record<string, Operation>;
}

/** A resource with its operations' own types kept, its default operation checked to be one of them. */
export function defineResource<Operations extends Record<string, Operation>>(definition: {
	displayName: string;
	defaultOperation: keyof Operations & string;
	operations: Operations;
}) {
	return definition;
}
