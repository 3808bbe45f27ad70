import type { SearchOperator } from './catalogue';

/** The node's operator names and the symbols Intercom's search takes. */
export const OPERATOR_SYMBOLS: Record<string, SearchOperator> = {
	equals: '=',
	notEquals: '!=',
	in: 'IN',
	notIn: 'NIN',
	lessThan: '<',
	greaterThan: '>',
	contains: '~',
	notContains: '!~',
	startsWith: '^',
	endsWith: '$',
};

/** Intercom's symbols, which may be typed instead of the operator's name. */
const OPERATOR_NAMES = Object.fromEntries(
	Object.entries(OPERATOR_SYMBOLS).map(([name, symbol]) => [symbol, name]),
);

/** The operator's name from its name (any case) or Intercom's symbol; undefined for anything else. */
export function operatorNamed(typed: string): string | undefined {
	const byName = Object.keys(OPERATOR_SYMBOLS).find((name) => name.toLowerCase() === typed.toLowerCase());
	return byName ?? OPERATOR_NAMES[typed.toUpperCase()];
}

export const OPERATOR_LIST = Object.keys(OPERATOR_SYMBOLS).join(', ');
