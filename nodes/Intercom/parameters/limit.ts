import type { IExecuteFunctions } from 'n8n-workflow';

/** The Limit parameter, or undefined when Return All is on. */
export function readLimit(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false)) return undefined;
	return Math.max(1, Math.floor(context.getNodeParameter('limit', itemIndex, 50) as number));
}
