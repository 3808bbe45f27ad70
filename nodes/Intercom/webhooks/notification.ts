import type { IDataObject } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { ALL_TOPICS, ONLY_ADDITIONAL_TOPICS } from './topics';

/** The envelope Intercom posts. https://developers.intercom.com/docs/references/2.14/webhooks/webhook-models */
export interface IntercomNotification extends IDataObject {
	type: string;
	id: string;
	topic: string;
	app_id?: string;
	created_at?: number;
	data?: { item?: IDataObject };
}

export interface DeliveryFilter {
	topics: string[];
	appIds: string[];
	includePing: boolean;
}

export type OutputShape = 'item' | 'notification';

/** The values of the shared Options collection (see `deliveryOptions`). */
export interface DeliveryOptionValues {
	additionalTopics?: string;
	appIds?: string;
	includePing?: boolean;
	output?: OutputShape;
}

function list(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
}

/** The filter that Topics and Options describe. */
export function deliveryFilterOf(topics: string[], options: DeliveryOptionValues): DeliveryFilter {
	return {
		topics: [
			...topics.filter((topic) => topic !== ONLY_ADDITIONAL_TOPICS),
			...list(options.additionalTopics),
		],
		appIds: list(options.appIds),
		includePing: options.includePing === true,
	};
}

export const PING_TOPIC = 'ping';

/** The signed body, read as a notification; undefined when it is not one. */
export function readNotification(rawBody: Buffer): IntercomNotification | undefined {
	const parsed = jsonParse<unknown>(rawBody.toString('utf8'), { fallbackValue: null });
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
	const { id, topic } = parsed as IDataObject;
	if (typeof id !== 'string' || id === '' || typeof topic !== 'string' || topic === '') return undefined;
	return parsed as IntercomNotification;
}

/** Why a verified notification starts nothing, or undefined when it should start the workflow. */
export function reasonToSkip(notification: IntercomNotification, filter: DeliveryFilter): string | undefined {
	if (filter.appIds.length > 0 && !filter.appIds.includes(String(notification.app_id ?? ''))) {
		return `app_id ${String(notification.app_id)} is not one of the node's App IDs`;
	}
	if (notification.topic === PING_TOPIC) {
		return filter.includePing ? undefined : 'ping is answered but not passed on';
	}
	// Topics are matched exactly as Intercom sends them; their spelling differs between API versions.
	if (!filter.topics.includes(ALL_TOPICS) && !filter.topics.includes(notification.topic)) {
		return `topic ${notification.topic} is not selected`;
	}
	return undefined;
}

/**
 * The resource that changed, with the envelope's topic, app_id, id and created_at beside it (named
 * `notification_id` and `notification_created_at` so that the item's own `id` and `created_at` stay as sent).
 */
export function outputOf(notification: IntercomNotification, shape: OutputShape): IDataObject {
	if (shape === 'notification') return notification;
	return {
		...(notification.data?.item ?? {}),
		topic: notification.topic,
		app_id: notification.app_id,
		notification_id: notification.id,
		notification_created_at: notification.created_at,
	};
}
