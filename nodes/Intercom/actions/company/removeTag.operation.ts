import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOutcome, OperationOption } from '../operation';
import { setCompanyTags, taggingDescription } from './tagging';

export const option: OperationOption = {
	name: 'Remove Tag',
	action: 'Remove a tag from a company',
	description: 'Take a tag off a company',
};

export const description: INodeProperties[] = taggingDescription(false);

/** All items at once: one call per tag name serves many companies. */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<ItemOutcome[]> {
	return await setCompanyTags(this, itemIndexes, false);
}
