/**
 * Intercom shows an event's metadata to every teammate of the workspace, so secrets and personal data must not go
 * there. https://developers.intercom.com/docs/references/rest-api/api.intercom.io/data-events
 * These checks name the reason; the node's "Allow Sensitive Metadata" option turns them off.
 */

/** Words of a key that name a secret or personal data, as single words after splitting `api_key`, `apiKey`… */
const SENSITIVE_WORDS = new Set([
	'password',
	'passwd',
	'pwd',
	'passcode',
	'passphrase',
	'secret',
	'token',
	'apikey',
	'accesstoken',
	'refreshtoken',
	'authorization',
	'bearer',
	'credential',
	'credentials',
	'cookie',
	'jwt',
	'otp',
	'ssn',
	'cvv',
	'cvc',
	'cvv2',
	'iban',
	'creditcard',
	'cardnumber',
	'passport',
	'dob',
	'birthdate',
	'privatekey',
]);

/** Two or three words that together name one: `card_number`, `social security number`, `date_of_birth`… */
const SENSITIVE_PHRASES = [
	['api', 'key'],
	['access', 'key'],
	['private', 'key'],
	['secret', 'key'],
	['client', 'secret'],
	['card', 'number'],
	['card', 'no'],
	['credit', 'card'],
	['security', 'code'],
	['social', 'security'],
	['account', 'number'],
	['routing', 'number'],
	['sort', 'code'],
	['tax', 'id'],
	['national', 'id'],
	['date', 'of', 'birth'],
	['birth', 'date'],
	['driver', 'license'],
	['drivers', 'license'],
];

function wordsOf(key: string): string[] {
	return key
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
}

function containsPhrase(words: string[], phrase: string[]): boolean {
	return words.some((_, start) => phrase.every((part, offset) => words[start + offset] === part));
}

/** Why a metadata key looks like it names a secret or personal data, or undefined. */
export function sensitiveKeyReason(key: string): string | undefined {
	const words = wordsOf(key);
	const word = words.find((candidate) => SENSITIVE_WORDS.has(candidate));
	if (word) return `its name contains "${word}"`;
	const phrase = SENSITIVE_PHRASES.find((candidate) => containsPhrase(words, candidate));
	return phrase ? `its name contains "${phrase.join(' ')}"` : undefined;
}

function passesLuhn(digits: string): boolean {
	let sum = 0;
	for (let index = 0; index < digits.length; index++) {
		let digit = Number(digits[digits.length - 1 - index]);
		if (index % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

function passesIbanCheck(iban: string): boolean {
	const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`;
	let remainder = 0;
	for (const character of rearranged) {
		const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
		for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
	}
	return remainder === 1;
}

const VALUE_CHECKS: Array<{ reason: string; test: (value: string) => boolean }> = [
	{
		reason: 'it looks like a payment card number',
		test: (value) => {
			if (!/^\d[\d -]{11,22}\d$/.test(value)) return false;
			const digits = value.replace(/[ -]/g, '');
			return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits);
		},
	},
	{
		reason: 'it looks like a JSON Web Token',
		test: (value) => /^eyJ[\w-]+\.eyJ[\w-]*\.[\w-]*$/.test(value),
	},
	{
		reason: 'it looks like an Authorization header value',
		test: (value) => /^(bearer|basic|token)\s+\S{8,}$/i.test(value),
	},
	{
		reason: 'it looks like an API key',
		test: (value) =>
			/^(sk|rk|pk)_(live|test)_\w{8,}$/.test(value) ||
			/^(ghp|gho|ghs|ghu|github_pat)_\w{20,}$/.test(value) ||
			/^xox[abpr]-[\w-]{10,}$/.test(value) ||
			/^AKIA[0-9A-Z]{16}$/.test(value) ||
			value.includes('-----BEGIN'),
	},
	{
		reason: 'it looks like a long hexadecimal key',
		test: (value) => /^[0-9a-f]{48,}$/i.test(value),
	},
	{
		reason: 'it looks like a long random key',
		test: (value) =>
			/^[A-Za-z0-9+/_-]{32,}={0,2}$/.test(value) &&
			/[A-Z]/.test(value) &&
			/[a-z]/.test(value) &&
			/\d/.test(value),
	},
	{
		reason: 'it looks like a US Social Security number',
		test: (value) => /^\d{3}-\d{2}-\d{4}$/.test(value),
	},
	{
		reason: 'it looks like an IBAN',
		test: (value) => {
			const compact = value.replace(/\s/g, '').toUpperCase();
			return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact) && passesIbanCheck(compact);
		},
	},
	{
		reason: 'it is a link that carries a secret in its query',
		test: (value) => {
			if (!/^https?:\/\//i.test(value)) return false;
			try {
				return [...new URL(value).searchParams.keys()].some((name) => sensitiveKeyReason(name));
			} catch {
				return false;
			}
		},
	},
];

/** Why a metadata value looks like a secret or personal data, or undefined. */
export function sensitiveValueReason(value: string | number): string | undefined {
	const text = String(value).trim();
	return VALUE_CHECKS.find((check) => check.test(text))?.reason;
}
