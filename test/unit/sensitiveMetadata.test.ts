import { sensitiveKeyReason, sensitiveValueReason } from '../../nodes/Intercom/actions/dataEvent/sensitive';

/** Keys and values users really send as event metadata: none of them may be refused. */
const ORDINARY_KEYS = [
	'order_id',
	'orderId',
	'plan_name',
	'plan',
	'amount',
	'price',
	'invoice_number',
	'invitee_email',
	'item_count',
	'tokens_used',
	'article_url',
	'coupon_code',
	'country',
	'utm_source',
	'seats',
	'billing_period',
	'keyboard_layout',
	'reset_count',
	'public_key_fingerprint_shown',
];

const ORDINARY_VALUES: Array<string | number> = [
	'ORD-2024-00042',
	'pro-annual',
	4999,
	'https://shop.example.com/orders/4711?ref=newsletter',
	'550e8400-e29b-41d4-a716-446655440000',
	'6762f0d51bb69f9f2193bb7f',
	'Checkout completed',
	'1234',
	'2024-05-01',
	'e83c5163316f89bfbd5b1d0a1d0de7e8b7f1c4a2',
	'my-very-long-article-slug-about-getting-started-fast',
	'+1 555 0100',
	'4111 1111 1111 1112',
];

const SENSITIVE_KEYS = [
	'password',
	'user_password',
	'newPassword',
	'pwd',
	'client_secret',
	'secret',
	'api_key',
	'apiKey',
	'APIKey',
	'access_token',
	'accessToken',
	'token',
	'refresh-token',
	'authorization',
	'Authorization',
	'ssn',
	'customer_ssn',
	'social_security_number',
	'card_number',
	'cardNumber',
	'credit_card',
	'cvv',
	'cvc',
	'iban',
	'account_number',
	'routing_number',
	'date_of_birth',
	'dob',
	'passport_number',
	'private_key',
	'session_cookie',
	'jwt',
];

const SENSITIVE_VALUES: Array<[string, string]> = [
	['4111 1111 1111 1111', 'card'],
	['4111-1111-1111-1111', 'card'],
	['5500005555555559', 'card'],
	['378282246310005', 'card'],
	[
		'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
		'JSON Web Token',
	],
	['Bearer abcdef1234567890', 'Authorization'],
	['sk_live_51HqLyjWDarjtT1zdp7dc', 'API key'],
	['ghp_1234567890abcdefghijABCDEFGHIJ123456', 'API key'],
	['AKIAIOSFODNN7EXAMPLE', 'API key'],
	['xoxb-123456789012-abcdefghijkl', 'API key'],
	['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'hexadecimal'],
	['dGhpcyBpcyBhIHNlY3JldCBrZXkgd2l0aCAxMjM0NTY3ODk=', 'random key'],
	['078-05-1120', 'Social Security'],
	['GB82 WEST 1234 5698 7654 32', 'IBAN'],
	['DE89370400440532013000', 'IBAN'],
	['https://app.example.com/login?access_token=abc123', 'link'],
	['-----BEGIN PRIVATE KEY-----', 'API key'],
];

describe('Sensitive event metadata guard', () => {
	it('covers at least 40 cases, both ways', () => {
		expect(
			ORDINARY_KEYS.length + ORDINARY_VALUES.length + SENSITIVE_KEYS.length + SENSITIVE_VALUES.length,
		).toBeGreaterThanOrEqual(40);
	});

	it.each(SENSITIVE_KEYS)('refuses the key %s', (key) => {
		expect(sensitiveKeyReason(key)).toMatch(/^its name contains "/);
	});

	it.each(ORDINARY_KEYS)('allows the key %s', (key) => {
		expect(sensitiveKeyReason(key)).toBeUndefined();
	});

	it.each(SENSITIVE_VALUES)('refuses the value %s (%s)', (value, kind) => {
		expect(sensitiveValueReason(value)).toContain(kind);
	});

	it.each(ORDINARY_VALUES.map((value) => [value]))('allows the value %s', (value) => {
		expect(sensitiveValueReason(value)).toBeUndefined();
	});
});
