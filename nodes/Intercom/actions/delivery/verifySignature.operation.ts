import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	readBoolean,
	readCollection,
	readNumber,
	readOption,
	readText,
	readTextList,
} from '../../parameters/read';
import { requireClientSecret } from '../../webhooks/clientSecret';
import type { DeliveryFilter, DeliveryOptionValues } from '../../webhooks/notification';
import { deliveryFilterOf, outputOf, readNotification, reasonToSkip } from '../../webhooks/notification';
import { deliveryOptions, topicsProperty } from '../../webhooks/properties';
import { NO_TOPIC } from '../../webhooks/topics';
import { hasValidSignature } from '../../webhooks/signature';
import type { ItemOutcome, OperationOption } from '../operation';
import { firstDeliveries } from './firstDeliveries';
import { DEFAULT_REMEMBERED } from './passOnce.operation';

export const option: OperationOption = {
	name: 'Verify Signature',
	action: 'Verify a webhook delivery',
	description:
		"After n8n's Webhook node: pass on only notifications signed with the app's client secret, of the chosen topics, once",
};

export const description: INodeProperties[] = [
	{
		displayName:
			"Put n8n's Webhook node in front: HTTP Methods HEAD and POST (Intercom checks the URL with HEAD; connect the POST output here), Respond Immediately, and Options › Raw Body on. This node checks each request's X-Hub-Signature over those exact bytes with the credential's Client Secret.",
		name: 'verifyNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Raw Body Field',
		name: 'rawBodyField',
		type: 'string',
		default: 'data',
		required: true,
		description:
			"The binary field holding the request's bytes: n8n's Webhook node puts them in data when its Raw Body option is on",
	},
	{
		displayName: 'Signature',
		name: 'signature',
		type: 'string',
		default: '={{ $json.headers["x-hub-signature"] }}',
		description: "The request's X-Hub-Signature header, as n8n's Webhook node outputs it",
	},
	topicsProperty(
		'Notifications passed on; the others are refused like forged ones. Topics not in the list: Only Additional Topics, then list them in Options › Additional Topics.',
	),
	{
		displayName: 'Pass First Delivery Only',
		name: 'firstDeliveryOnly',
		type: 'boolean',
		default: true,
		description:
			"Whether to drop a notification whose ID was already passed on (Intercom repeats deliveries; an attacker may replay one). The IDs are kept in n8n's database, shared by every process.",
	},
	{
		displayName: 'Remember Last',
		name: 'remembered',
		type: 'number',
		typeOptions: { minValue: 100, numberPrecision: 0 },
		default: DEFAULT_REMEMBERED,
		description: 'How many notification IDs to remember; older ones are forgotten first',
		displayOptions: { show: { firstDeliveryOnly: [true] } },
	},
	{
		displayName: 'Refused Deliveries',
		name: 'refused',
		type: 'options',
		options: [
			{
				name: 'Drop Them',
				value: 'drop',
				description: 'Forged, unsigned and unselected deliveries give no item',
			},
			{
				name: 'Return Them as Errors',
				value: 'error',
				description:
					'Each fails its item with the reason: with Settings › On Error › Continue (using error output) they leave on the error output',
			},
		],
		default: 'drop',
		description:
			'What becomes of a delivery that is forged, unsigned, not a notification, or of a topic or app not chosen. Repeats are always dropped.',
	},
	deliveryOptions,
];

/** What a request turned out to be: a notification to pass on (by id), or a reason to refuse it. */
type Verdict =
	{ pass: true; id: string; json: IDataObject } | { pass: false; reason: string; forged: boolean };

async function rawBodyOf(context: IExecuteFunctions, itemIndex: number): Promise<Buffer> {
	const field = readText(context, itemIndex, 'rawBodyField', { required: true });
	if (!context.getInputData()[itemIndex].binary?.[field]) {
		throw new NodeOperationError(
			context.getNode(),
			`"Raw Body Field" names no binary data on the item: ${field}`,
			{
				itemIndex,
				description: "Turn on Options › Raw Body in n8n's Webhook node; it puts the request's bytes in data.",
			},
		);
	}
	return await context.helpers.getBinaryDataBuffer(itemIndex, field);
}

async function verdictOf(
	context: IExecuteFunctions,
	itemIndex: number,
	secret: string,
	filter: DeliveryFilter,
	options: DeliveryOptionValues,
): Promise<Verdict> {
	const rawBody = await rawBodyOf(context, itemIndex);
	if (!hasValidSignature(rawBody, readText(context, itemIndex, 'signature'), secret)) {
		return {
			pass: false,
			forged: true,
			reason: 'X-Hub-Signature is missing or does not match the Client Secret',
		};
	}
	const notification = readNotification(rawBody);
	if (!notification)
		return { pass: false, forged: true, reason: 'the signed body is not an Intercom notification' };
	const skipped = reasonToSkip(notification, filter);
	if (skipped) return { pass: false, forged: false, reason: skipped };
	return { pass: true, id: notification.id, json: outputOf(notification, options.output ?? 'item') };
}

/**
 * All items at once, so that the delivery ids are checked and recorded in one call to n8n's processed-data store (as
 * Pass First Delivery Only does).
 */
export async function executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<ItemOutcome[]> {
	if (itemIndexes.length === 0) return [];
	const secret = await requireClientSecret(this, 'Verify Signature');
	const verdicts = await Promise.all(
		itemIndexes.map(async (itemIndex): Promise<Verdict | Error> => {
			try {
				const options = readCollection<DeliveryOptionValues>(this, itemIndex, 'options');
				const filter = deliveryFilterOf(readTextList(this, itemIndex, 'topics'), options);
				if (filter.topics.length === 0) {
					throw new NodeOperationError(this.getNode(), NO_TOPIC, {
						itemIndex,
					});
				}
				return await verdictOf(this, itemIndex, secret, filter, options);
			} catch (error) {
				return error as Error;
			}
		}),
	);
	const refused = readOption<'drop' | 'error'>(this, 0, 'refused');
	const fresh = await passingIds(this, verdicts);
	return itemIndexes.map((itemIndex, position): ItemOutcome => {
		const verdict = verdicts[position];
		if (verdict instanceof Error) return { ok: false, error: verdict };
		if (verdict.pass) return { ok: true, result: fresh.delete(verdict.id) ? [verdict.json] : [] };
		if (refused === 'drop') return { ok: true, result: [] };
		const message = verdict.forged
			? `Refused a forged or unsigned delivery: ${verdict.reason}`
			: `Refused a delivery: ${verdict.reason}`;
		return { ok: false, error: new NodeOperationError(this.getNode(), message, { itemIndex }) };
	});
}

/** The ids of verified notifications that pass: all, or those not passed before when Pass First Delivery Only is on. */
async function passingIds(
	context: IExecuteFunctions,
	verdicts: Array<Verdict | Error>,
): Promise<Set<string>> {
	const ids = [
		...new Set(
			verdicts.flatMap((verdict) => (verdict instanceof Error || !verdict.pass ? [] : [verdict.id])),
		),
	];
	if (!readBoolean(context, 0, 'firstDeliveryOnly')) return new Set(ids);
	return await firstDeliveries(context, ids, readNumber(context, 0, 'remembered'));
}
