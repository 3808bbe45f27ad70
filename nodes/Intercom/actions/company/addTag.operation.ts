import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOutcome, OperationOption } from '../operation';
import { setCompanyTags, taggingDescription } from './tagging';

export const option: OperationOption = {
	name: 'Add Tag',
	action: 'Add a tag to a company',
	description: 'Tag a company by tag name',
};

export const description: INodeProperties[] = taggingDescription(true);

/** All items at once: one call per tag name serves many companies. */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<ItemOutcome[]> {
	return await setCompanyTags(this, itemIndexes, true);
}
