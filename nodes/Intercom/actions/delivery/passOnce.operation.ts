import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemOutcome, OperationOption } from '../operation';
import { firstDeliveries } from './firstDeliveries';
import { readNumber, readText } from '../../parameters/read';

export const option: OperationOption = {
	name: 'Pass First Delivery Only',
	action: 'Drop repeated webhook deliveries',
	description:
		'Right after the Intercom Trigger: pass each notification on once, whichever n8n process received it, across restarts',
};

/** Notification ids remembered per node; Intercom repeats a delivery within minutes, so this is days of traffic. */
export const DEFAULT_REMEMBERED = 10_000;

export const description: INodeProperties[] = [
	{
		displayName:
			"Intercom delivers each notification at least once and repeats it when an answer was slow. Place this right after the Intercom Trigger: the IDs are kept in n8n's database, so a repeat is dropped whichever webhook process or worker gets it, and after restarts.",
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Notification ID',
		name: 'notificationId',
		type: 'string',
		default: '={{ $json.notification_id ?? $json.id }}',
		required: true,
		description:
			"The notification's ID, as the Intercom Trigger's item output names it (notification_id); its whole-notification output names it ID",
	},
	{
		displayName: 'Remember Last',
		name: 'remembered',
		type: 'number',
		typeOptions: { minValue: 100 },
		default: DEFAULT_REMEMBERED,
		description: 'How many notification IDs to remember; older ones are forgotten first',
	},
];

/**
 * All items at once: n8n's processed-data store reads and writes one record per node, so one call per execution
 * keeps two items of the same run from racing each other. A repeat within the run is dropped as well.
 */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<ItemOutcome[]> {
	const items = this.getInputData();
	const ids = itemIndexes.map((itemIndex): string | Error => {
		const id = readText(this, itemIndex, 'notificationId');
		return id === ''
			? new NodeOperationError(this.getNode(), '"Notification ID" is empty', {
					itemIndex,
					description: 'Place this node right after the Intercom Trigger, whose items carry notification_id.',
				})
			: id;
	});
	const valid = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
	const remembered = readNumber(this, 0, 'remembered');
	const fresh = await firstDeliveries(this, valid, remembered);
	return itemIndexes.map((itemIndex, position): ItemOutcome => {
		const id = ids[position];
		if (id instanceof Error) return { ok: false, error: id };
		// The first item with a new id passes; a later one in the same run is a repeat too.
		const passes = fresh.delete(id);
		return { ok: true, result: passes ? [items[itemIndex].json as IDataObject] : [] };
	});
}
