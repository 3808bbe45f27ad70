import { createHash } from 'node:crypto';

import { DataDeduplicationService } from 'n8n-core';
import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';

/**
 * n8n's processed-data store ("items processed in previous executions") as n8n's CLI keeps it in its database: one
 * record per workflow and scope (the node, or the whole workflow), hashed values, the oldest forgotten past
 * `maxEntries`. Here it lives in memory and stays across the runs of one test file, as the database would.
 */
export class MemoryProcessedData implements IDataDeduplicator {
	readonly records = new Map<string, string[]>();

	private key(scope: DeduplicationScope, context: ICheckProcessedContextData): string {
		return `${context.workflow.id}|${scope === 'node' ? `node:${context.node?.id ?? ''}` : ''}`;
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		const key = this.key(scope, context);
		const stored = this.records.get(key) ?? [];
		const output: IDeduplicationOutput = { new: [], processed: [] };
		for (const item of items) {
			const hash = createHash('md5').update(String(item)).digest('base64');
			if (stored.includes(hash)) {
				output.processed.push(item);
			} else {
				output.new.push(item);
				stored.push(hash);
			}
		}
		this.records.set(key, stored.slice(-(options.maxEntries ?? Infinity)));
		return await Promise.resolve(output);
	}

	async removeProcessed(): Promise<void> {
		await Promise.resolve();
	}

	async clearAllProcessedItems(
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
	): Promise<void> {
		this.records.delete(this.key(scope, context));
		await Promise.resolve();
	}

	async getProcessedDataCount(
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
	): Promise<number> {
		return await Promise.resolve(this.records.get(this.key(scope, context))?.length ?? 0);
	}
}

let store: MemoryProcessedData | undefined;

/** The processed-data store the harness's executions use, set up once per process as n8n's CLI does at start. */
export async function processedData(): Promise<MemoryProcessedData> {
	if (!store) {
		store = new MemoryProcessedData();
		await DataDeduplicationService.init(store);
	}
	return store;
}
