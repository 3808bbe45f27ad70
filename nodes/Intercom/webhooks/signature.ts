import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE = /^sha1=[0-9a-f]{40}$/;

/**
 * Intercom signs each notification with `X-Hub-Signature: sha1=<hex HMAC-SHA1 of the raw body>`, keyed with the
 * app's client secret. The HMAC is taken over the bytes as received, never over re-serialised JSON, and compared in
 * constant time. https://developers.intercom.com/docs/references/2.14/webhooks/webhook-models#signed-notifications
 */
export function hasValidSignature(
	rawBody: Buffer | undefined,
	header: string | string[] | undefined,
	clientSecret: string,
): boolean {
	if (!clientSecret) return false;
	if (typeof header !== 'string' || !SIGNATURE.test(header)) return false;
	// An empty body is signed like any other; it is then refused as not a notification (400), not as forged.
	const body = rawBody ?? Buffer.alloc(0);
	const expected = Buffer.from(`sha1=${createHmac('sha1', clientSecret).update(body).digest('hex')}`);
	const received = Buffer.from(header);
	return received.length === expected.length && timingSafeEqual(received, expected);
}
