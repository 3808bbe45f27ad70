import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toUnixSeconds } from '../../parameters/dates';
import { sensitiveKeyReason, sensitiveValueReason } from './sensitive';
import { readCollection } from '../../parameters/read';

/** Intercom keeps an event's first 10 metadata keys and silently drops the rest; the node refuses instead. */
export const MAX_METADATA_KEYS = 10;

type MetadataType = 'text' | 'number' | 'date' | 'url' | 'richLink' | 'money';

interface MetadataEntry {
	key?: string;
	type?: MetadataType;
	value?: unknown;
	linkText?: string;
	amount?: unknown;
	currency?: string;
}

type MetadataValue = string | number | { url: string; value: string } | { amount: number; currency: string };

const showFor = (...types: MetadataType[]) => ({ show: { type: types } });

export const metadataField: INodeProperties = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'fixedCollection',
	placeholder: 'Add Metadata',
	typeOptions: { multipleValues: true },
	default: {},
	description: `Up to ${MAX_METADATA_KEYS} details about the event. Every teammate can read them: never put secrets or personal data here.`,
	options: [
		{
			displayName: 'Metadata',
			name: 'entry',
			values: [
				{
					displayName: 'Key',
					name: 'key',
					type: 'string',
					default: '',
					placeholder: 'e.g. order_id',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Date', value: 'date', description: 'Sent as Unix seconds under a key ending in _date' },
						{ name: 'Monetary Amount', value: 'money', description: 'An amount in cents and its currency' },
						{ name: 'Number', value: 'number' },
						{ name: 'Rich Link', value: 'richLink', description: 'A link shown with its own text' },
						{ name: 'Text', value: 'text' },
						{ name: 'URL', value: 'url', description: 'Shown as a link' },
					],
					default: 'text',
				},
				{
					displayName: 'URL',
					name: 'value',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://example.com/orders/1234',
					displayOptions: showFor('richLink'),
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					displayOptions: showFor('text', 'number', 'date', 'url'),
				},
				{
					displayName: 'Value (Cents)',
					name: 'amount',
					type: 'number',
					default: 0,
					description: 'The amount in whole cents: 3499 for 34.99',
					displayOptions: showFor('money'),
				},
				{
					displayName: 'Value Currency',
					name: 'currency',
					type: 'string',
					default: 'usd',
					placeholder: 'e.g. eur',
					description: 'ISO 4217 code',
					displayOptions: showFor('money'),
				},
				{
					displayName: 'Visible Text',
					name: 'linkText',
					type: 'string',
					default: '',
					placeholder: 'e.g. Order 1234',
					displayOptions: showFor('richLink'),
				},
			],
		},
	],
};

export const metadataJsonOption: INodeProperties = {
	displayName: 'Metadata (JSON)',
	name: 'metadataJson',
	type: 'json',
	default: '{}',
	description:
		'More metadata as one flat object, e.g. from an expression: text and number values, rich links (an object of a link and its text) and amounts (an object of cents and a currency). Checked like the pairs above.',
};

export const allowSensitiveOption: INodeProperties = {
	displayName: 'Allow Sensitive Metadata',
	name: 'allowSensitiveMetadata',
	type: 'boolean',
	default: false,
	description:
		'Whether to send metadata that looks like a secret or personal data (a password, token, card number…). Intercom shows it to every teammate.',
};

class MetadataReader {
	constructor(
		private readonly context: IExecuteFunctions,
		private readonly itemIndex: number,
	) {}

	fail(key: string, problem: string, description?: string): never {
		throw new NodeOperationError(this.context.getNode(), `Metadata "${key}" ${problem}`, {
			itemIndex: this.itemIndex,
			...(description ? { description } : {}),
		});
	}

	number(key: string, raw: unknown): number {
		const text = typeof raw === 'string' ? raw.trim() : raw;
		const value = typeof text === 'string' && text !== '' ? Number(text) : text;
		if (typeof value !== 'number' || !Number.isFinite(value))
			this.fail(key, `is not a number: ${String(raw)}`);
		return value;
	}

	url(key: string, raw: unknown): string {
		const text = String(raw ?? '').trim();
		if (!/^https?:\/\/[^\s]+$/i.test(text) || !URL.canParse(text)) {
			this.fail(key, `is not a link starting with http:// or https://: ${text || '(empty)'}`);
		}
		return text;
	}

	money(key: string, amountRaw: unknown, currencyRaw: unknown): { amount: number; currency: string } {
		const amount = this.number(key, amountRaw);
		if (!Number.isInteger(amount)) this.fail(key, `must be an amount in whole cents: ${amount}`);
		const currency = String(currencyRaw ?? '')
			.trim()
			.toLowerCase();
		if (!/^[a-z]{3}$/.test(currency)) this.fail(key, `needs a three-letter currency code, not "${currency}"`);
		return { amount, currency };
	}

	entry(entry: MetadataEntry): [string, MetadataValue] {
		const key = (entry.key ?? '').trim();
		if (key === '') this.fail('', 'has no key');
		switch (entry.type ?? 'text') {
			case 'number':
				return [key, this.number(key, entry.value)];
			case 'date': {
				const dateKey = key.endsWith('_date') ? key : `${key}_date`;
				return [
					dateKey,
					toUnixSeconds(entry.value, `Metadata "${key}"`, this.context.getNode(), this.itemIndex),
				];
			}
			case 'url':
				return [key, this.url(key, entry.value)];
			case 'richLink': {
				const text = String(entry.linkText ?? '').trim();
				if (text === '') this.fail(key, 'needs a visible text for its link');
				return [key, { url: this.url(key, entry.value), value: text }];
			}
			case 'money':
				return [key, this.money(key, entry.amount, entry.currency)];
			default:
				return [key, String(entry.value ?? '')];
		}
	}

	/** A value of the JSON object: flat text or numbers, or one of the two objects Intercom documents. */
	jsonValue(key: string, value: unknown): MetadataValue {
		if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
		if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
			const fields = Object.keys(value).sort().join(',');
			const object = value as IDataObject;
			if (fields === 'url,value') {
				return { url: this.url(key, object.url), value: String(object.value) };
			}
			if (fields === 'amount,currency') return this.money(key, object.amount, object.currency);
		}
		return this.fail(
			key,
			`must be text or a number, a rich link {"url", "value"} or an amount {"amount", "currency"}: ${JSON.stringify(value)}`,
			'Intercom keeps metadata flat: no other objects, lists, booleans or nulls.',
		);
	}

	json(raw: unknown): Array<[string, MetadataValue]> {
		let parsed = raw;
		if (typeof raw === 'string') {
			if (raw.trim() === '') return [];
			try {
				parsed = JSON.parse(raw) as unknown;
			} catch {
				this.fail('(JSON)', 'is not valid JSON');
			}
		}
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			this.fail('(JSON)', 'must be one object of keys and values');
		}
		return Object.entries(parsed).map(([key, value]) => [key, this.jsonValue(key, value)]);
	}

	guard(key: string, value: MetadataValue): void {
		const keyReason = sensitiveKeyReason(key);
		const texts = typeof value === 'object' ? ('url' in value ? [value.url, value.value] : []) : [value];
		const valueReason = texts.map(sensitiveValueReason).find((reason) => reason);
		const reason = keyReason ?? (valueReason ? `its value: ${valueReason}` : undefined);
		if (reason) {
			this.fail(
				key,
				`looks sensitive (${reason})`,
				'Intercom shows event metadata to every teammate. Leave it out, or turn on Options › Allow Sensitive Metadata if it is safe to share.',
			);
		}
	}
}

/** The event's metadata, checked against Intercom's rules and the sensitive-data guard before any call. */
export function readMetadata(context: IExecuteFunctions, itemIndex: number): IDataObject | undefined {
	const reader = new MetadataReader(context, itemIndex);
	const entries = readCollection<{ entry: MetadataEntry[] }>(context, itemIndex, 'metadata').entry ?? [];
	const pairs = entries.map((entry) => reader.entry(entry));
	const options = readCollection<{
		metadataJson?: unknown;
		allowSensitiveMetadata?: boolean;
	}>(context, itemIndex, 'options');
	pairs.push(...reader.json(options.metadataJson ?? '{}'));
	if (pairs.length === 0) return undefined;

	const metadata: IDataObject = {};
	for (const [key, value] of pairs) {
		if (key in metadata) reader.fail(key, 'is given twice');
		if (!options.allowSensitiveMetadata) reader.guard(key, value);
		metadata[key] = value;
	}
	const keys = Object.keys(metadata);
	if (keys.length > MAX_METADATA_KEYS) {
		reader.fail(
			keys[MAX_METADATA_KEYS],
			`is key ${MAX_METADATA_KEYS + 1}: an event takes at most ${MAX_METADATA_KEYS} metadata keys`,
			'Intercom would silently drop every key after the tenth.',
		);
	}
	return metadata;
}
