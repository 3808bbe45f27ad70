import type { Delivery, Notification } from './webhooks';
import { signatureOf, signedDelivery } from './webhooks';

/** A small seeded generator, so that a failing fuzz run can be replayed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Forge = (message: Notification, secret: string, random: () => number) => Delivery;

/** Flips one bit of one letter or digit inside the item's `name`, so the body stays valid JSON. */
function flipOneByte(body: string, random: () => number): string {
	const bytes = Buffer.from(body, 'utf8');
	const at = bytes.indexOf('"name":"');
	// Without a name there is nothing to flip, and the "forgery" would be the valid delivery itself.
	if (at === -1) throw new Error('flipOneByte needs an item with a name');
	const nameAt = at + '"name":"'.length;
	const candidates: number[] = [];
	for (let index = nameAt; bytes[index] !== 0x22; index++) {
		if (/[a-z0-9]/i.test(String.fromCharCode(bytes[index]))) candidates.push(index);
	}
	const target = candidates[Math.floor(random() * candidates.length)];
	bytes[target] ^= 0x01;
	return bytes.toString('utf8');
}

/** Every way the fuzz test forges a notification; each must be refused with 401 and start nothing. */
export const forgeries: Record<string, Forge> = {
	'signed with another secret': (message) => signedDelivery(message, 'someone-elses-secret'),
	'one byte of the body flipped': (message, secret, random) => {
		const { body, signature } = signedDelivery(message, secret);
		return { body: flipOneByte(String(body), random), signature };
	},
	'JSON re-serialised with whitespace': (message, secret) => ({
		body: JSON.stringify(message, null, 2),
		signature: signatureOf(JSON.stringify(message), secret),
	}),
	'signature truncated': (message, secret, random) => {
		const { body, signature = '' } = signedDelivery(message, secret);
		return { body, signature: signature.slice(0, 5 + Math.floor(random() * (signature.length - 5))) };
	},
	'wrong prefix': (message, secret, random) => {
		const { body, signature = '' } = signedDelivery(message, secret);
		const prefixes = ['sha256=', 'SHA1=', '', 'sha1:', 'md5='];
		return { body, signature: signature.replace('sha1=', prefixes[Math.floor(random() * prefixes.length)]) };
	},
	'empty or missing header': (message, _secret, random) => ({
		body: JSON.stringify(message),
		signature: random() < 0.5 ? '' : undefined,
	}),
	'signature of a different body': (message, secret) => ({
		body: JSON.stringify(message),
		signature: signatureOf(JSON.stringify({ ...message, id: `${message.id}-other` }), secret),
	}),
	'huge body, wrong signature': (message, secret) => {
		const huge = {
			...message,
			data: { ...message.data, item: { ...message.data.item, notes: 'x'.repeat(1_000_000) } },
		};
		const { body, signature = '' } = signedDelivery(huge, secret);
		return { body, signature: signature.slice(0, -1) + (signature.endsWith('0') ? '1' : '0') };
	},
};
