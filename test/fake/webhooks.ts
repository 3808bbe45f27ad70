import { createHmac, randomUUID } from 'node:crypto';

import type { IDataObject } from 'n8n-workflow';

/** What Intercom posts to a webhook URL. https://developers.intercom.com/docs/references/2.14/webhooks/webhook-models */
export interface Notification extends IDataObject {
	type: 'notification_event';
	id: string;
	topic: string;
	app_id: string;
	created_at: number;
	delivery_attempts: number;
	first_sent_at: number;
	data: { type: 'notification_event_data'; item: IDataObject };
}

export function notification(
	topic: string,
	item: IDataObject,
	overrides: Partial<Notification> = {},
): Notification {
	const now = Math.floor(Date.now() / 1000);
	return {
		type: 'notification_event',
		id: `notif_${randomUUID()}`,
		topic,
		app_id: 'a86dr8yl',
		created_at: now,
		delivery_attempts: 1,
		first_sent_at: now,
		data: { type: 'notification_event_data', item },
		...overrides,
	};
}

/** `X-Hub-Signature` as Intercom computes it: HMAC-SHA1 of the raw body under the app's client secret. */
export function signatureOf(body: string | Buffer, secret: string): string {
	return `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;
}

export interface Delivery {
	body: string | Buffer;
	/** undefined sends no X-Hub-Signature header at all. */
	signature?: string;
	contentType?: string;
}

export function signedDelivery(message: Notification, secret: string): Delivery {
	const body = JSON.stringify(message);
	return { body, signature: signatureOf(body, secret) };
}

/** Posts a delivery the way Intercom's sender does, and returns the status and body n8n answered with. */
export async function deliver(url: string, delivery: Delivery): Promise<{ status: number; body: string }> {
	const headers: Record<string, string> = {
		'Content-Type': delivery.contentType ?? 'application/json',
		'User-Agent': 'intercom-parrot-service-client/1.0',
		Accept: 'application/json',
	};
	if (delivery.signature !== undefined) headers['X-Hub-Signature'] = delivery.signature;
	const response = await fetch(url, { method: 'POST', headers, body: delivery.body });
	return { status: response.status, body: await response.text() };
}
