import { createHmac } from 'node:crypto';

/**
 * Identity verification: `user_hash` is the HMAC-SHA256, in hex, of the user's id (or email when there is no id)
 * keyed with the workspace's identity verification secret.
 * https://www.intercom.com/help/en/articles/183-set-up-identity-verification-for-web-and-mobile
 */
export function userHash(secret: string, identifier: string): string {
	return createHmac('sha256', secret).update(identifier).digest('hex');
}

const base64Url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * Messenger security: an HS256 JSON Web Token of the user's identity and attributes, signed with the same secret.
 * https://www.intercom.com/help/en/articles/10589769-authenticating-users-in-the-messenger-with-json-web-tokens-jwts
 */
export function messengerJwt(secret: string, claims: Record<string, unknown>): string {
	const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const payload = base64Url(JSON.stringify(claims));
	const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
	return `${header}.${payload}.${signature}`;
}
