import { badRequest } from './errors';

type Json = Record<string, unknown>;

export interface SearchQuery {
	field?: string;
	operator?: string;
	value?: unknown;
}

const COMPOUND = new Set(['AND', 'OR']);
const MAX_FILTERS = 15;

function valueAt(record: Json, field: string): unknown {
	if (field === 'tag_id')
		return ((record.tags as { data?: Array<{ id: string }> })?.data ?? []).map((tag) => tag.id);
	if (!field.includes('.')) return record[field];
	return field.split('.').reduce<unknown>((value, key) => (value as Json | undefined)?.[key], record);
}

function same(a: unknown, b: unknown): boolean {
	if (typeof a === 'boolean' || typeof b === 'boolean') return String(a) === String(b);
	if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
	return String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
}

function matchesSingle(record: Json, query: SearchQuery): boolean {
	const { field, operator, value } = query;
	if (!field || !operator) throw badRequest('Search filter needs field and operator', 'query');
	const actual = valueAt(record, field);
	if (field === 'tag_id') {
		const has = (actual as string[]).includes(String(value));
		if (operator === '=') return has;
		if (operator === '!=') return !has;
		throw badRequest(`Operator ${operator} is not supported for tag_id`, 'query');
	}
	const text = () => String(actual ?? '').toLowerCase();
	const needle = () => String(value ?? '').toLowerCase();
	switch (operator) {
		case '=':
			return same(actual, value);
		case '!=':
			return !same(actual, value);
		case 'IN':
		case 'NIN': {
			if (!Array.isArray(value)) throw badRequest(`${operator} needs an array value`, 'query');
			const inList = value.some((candidate) => same(actual, candidate));
			return operator === 'IN' ? inList : !inList;
		}
		case '<':
			return actual !== undefined && actual !== null && Number(actual) < Number(value);
		case '>':
			return actual !== undefined && actual !== null && Number(actual) > Number(value);
		case '~':
			return text().includes(needle());
		case '!~':
			return !text().includes(needle());
		case '^':
			return text().startsWith(needle());
		case '$':
			return text().endsWith(needle());
		default:
			throw badRequest(`Unknown operator ${operator}`, 'query');
	}
}

/** Evaluates Intercom's search grammar: single filters and AND/OR groups, at most two levels deep. */
export function matches(record: Json, query: SearchQuery, depth = 0): boolean {
	if (query.operator && COMPOUND.has(query.operator)) {
		if (depth >= 2) throw badRequest('Search queries allow at most 2 levels of nesting', 'query');
		const parts = query.value;
		if (!Array.isArray(parts) || parts.length === 0)
			throw badRequest(`${query.operator} needs a list of filters`, 'query');
		if (parts.length > MAX_FILTERS) throw badRequest(`At most ${MAX_FILTERS} filters per group`, 'query');
		// Every part is evaluated (as Intercom validates the whole query), then combined.
		let all = true;
		let any = false;
		for (const part of parts as SearchQuery[]) {
			const result = matches(record, part, depth + 1);
			all &&= result;
			any ||= result;
		}
		return query.operator === 'AND' ? all : any;
	}
	return matchesSingle(record, query);
}
