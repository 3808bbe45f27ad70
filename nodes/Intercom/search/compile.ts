import type { Intercom } from 'intercom-client';
import type { IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toUnixSeconds } from '../parameters/dates';
import { CUSTOM_ATTRIBUTE_PREFIX, customAttributeFields } from './attributeTypes';
import type { FieldType, SearchCatalogue } from './catalogue';
import { readCollection, readJson, readOption, readText } from '../parameters/read';
import { parseConditionsText } from './conditionsText';
import { OPERATOR_LIST, OPERATOR_SYMBOLS, operatorNamed } from './operators';

/** Intercom allows 15 filters in one AND/OR group and two levels of nesting. */
export const MAX_FILTERS_PER_GROUP = 15;

export interface ConditionInput {
	field?: string;
	/** A name from OPERATOR_SYMBOLS. */
	operator?: string;
	value?: unknown;
}

/** How a search's conditions are given, JSON aside. */
type QueryMode = 'builder' | 'single' | 'text';

export interface GroupInput {
	combine?: 'AND' | 'OR';
	conditions?: { condition?: ConditionInput[] };
}

type Filter = Intercom.SingleFilterSearchRequest;
type Query = Intercom.SearchRequest.Query;

interface BuildContext {
	node: INode;
	itemIndex: number;
	catalogue: Pick<SearchCatalogue, 'fields' | 'operators'>;
}

function fail(context: BuildContext, message: string): NodeOperationError {
	return new NodeOperationError(context.node, message, { itemIndex: context.itemIndex });
}

function convertValue(raw: unknown, type: FieldType, label: string, context: BuildContext): string | number {
	if (type === 'date') return toUnixSeconds(raw, label, context.node, context.itemIndex);
	if (type === 'integer') {
		const number = Number(raw);
		if (raw === '' || !Number.isFinite(number))
			throw fail(context, `${label} must be a number, got "${String(raw)}"`);
		return number;
	}
	if (type === 'boolean') {
		const text = String(raw).trim().toLowerCase();
		if (text !== 'true' && text !== 'false')
			throw fail(context, `${label} must be true or false, got "${String(raw)}"`);
		// Intercom's search schema takes booleans as the strings "true"/"false".
		return text;
	}
	return String(raw);
}

function buildCondition(input: ConditionInput, label: string, context: BuildContext): Filter {
	const field = (input.field ?? '').trim();
	if (field === '') throw fail(context, `${label}: "Field" is empty`);
	const operator = OPERATOR_SYMBOLS[input.operator ?? 'equals'];
	if (!operator) throw fail(context, `${label}: unknown operator "${String(input.operator)}"`);
	// A field the catalogue does not know (an expression naming one) is compared as text.
	const knownType = context.catalogue.fields[field]?.type;
	const type = knownType ?? 'string';
	const accepted = knownType ? context.catalogue.operators[knownType] : undefined;
	if (knownType && accepted && !accepted.includes(operator)) {
		throw fail(
			context,
			`${label}: Intercom does not accept "${operator}" on ${field} (${knownType}); use one of ${accepted.join(' ')}`,
		);
	}
	if (operator === 'IN' || operator === 'NIN') {
		const values = (Array.isArray(input.value) ? input.value : String(input.value ?? '').split(','))
			.map((value) => (typeof value === 'string' ? value.trim() : value))
			.filter((value) => value !== '');
		if (values.length === 0)
			throw fail(context, `${label}: "${operator}" needs a comma-separated list of values`);
		return {
			field,
			operator,
			value: values.map((value) => convertValue(value, type, `${label} value`, context)),
		};
	}
	const value = input.value ?? '';
	if (value === '' && type !== 'string') throw fail(context, `${label}: "Value" is empty`);
	return { field, operator, value: convertValue(value, type, `${label} value`, context) };
}

/**
 * Builds Intercom's search query from groups of conditions: conditions inside a group are joined by the group's
 * AND/OR, groups by `combineGroups`. A single condition is sent bare, as Intercom's examples do.
 */
export function buildSearchQuery(
	groups: GroupInput[],
	combineGroups: 'AND' | 'OR',
	catalogue: Pick<SearchCatalogue, 'fields' | 'operators'>,
	node: INode,
	itemIndex: number,
): Query {
	const context = { node, itemIndex, catalogue };
	const built: Query[] = [];
	groups.forEach((group, groupIndex) => {
		const conditions = group.conditions?.condition ?? [];
		if (conditions.length > MAX_FILTERS_PER_GROUP) {
			throw fail(
				context,
				`Filter group ${groupIndex + 1} has ${conditions.length} conditions; Intercom allows ${MAX_FILTERS_PER_GROUP}`,
			);
		}
		const filters = conditions.map((condition, conditionIndex) =>
			buildCondition(condition, `Group ${groupIndex + 1}, condition ${conditionIndex + 1}`, context),
		);
		if (filters.length === 1) built.push(filters[0]);
		else if (filters.length > 1) built.push({ operator: group.combine ?? 'AND', value: filters });
	});

	if (built.length === 0)
		throw fail(context, '"Filter Groups" has no condition: add one, or set "Query Mode" to JSON Query');
	if (built.length > MAX_FILTERS_PER_GROUP) {
		throw fail(context, `${built.length} filter groups; Intercom allows ${MAX_FILTERS_PER_GROUP}`);
	}
	if (built.length === 1) return built[0];
	return { operator: combineGroups, value: sameKind(built) };
}

const isGroup = (query: Query): query is Intercom.MultipleFilterSearchRequest =>
	query.operator === 'AND' || query.operator === 'OR';

/**
 * Intercom's schema takes a `value` list of filters or a list of groups, never both, so next to a group a lone
 * condition travels as a group of one.
 * https://developers.intercom.com/docs/references/2.14/rest-api/api.intercom.io/contacts/searchcontacts
 */
function sameKind(queries: Query[]): Intercom.MultipleFilterSearchRequest['value'] {
	if (!queries.some(isGroup)) return queries as Filter[];
	return queries.map((query) => (isGroup(query) ? query : { operator: 'AND', value: [query] }));
}

/**
 * The `query` of a search request from the node's Query Mode, Filter Groups and Combine Groups With parameters (or
 * Query (JSON)), checked against the resource's catalogue before anything is sent. Custom attributes are compared
 * as the type the workspace gives them, read once per execution when a condition names one.
 */
export async function readSearchQuery(
	context: IExecuteFunctions,
	itemIndex: number,
	catalogue: SearchCatalogue,
): Promise<Query> {
	const node = context.getNode();
	const mode = readOption<QueryMode | 'json'>(context, itemIndex, 'queryMode');
	if (mode === 'json') {
		const query = readJson(context, itemIndex, 'queryJson');
		if (typeof query !== 'object' || query === null || Array.isArray(query) || !('operator' in query)) {
			throw new NodeOperationError(
				node,
				'"Query (JSON)" must be an object with "field", "operator" and "value", or "operator" and a "value" list',
				{ itemIndex },
			);
		}
		return query as Query;
	}
	const group = readGroups(context, itemIndex, mode);
	const combineGroups =
		mode === 'single' ? 'AND' : readOption<'AND' | 'OR'>(context, itemIndex, 'combineGroups');
	const usesCustomAttributes = group.some((entry) =>
		(entry.conditions?.condition ?? []).some((condition) =>
			String(condition.field ?? '').startsWith(CUSTOM_ATTRIBUTE_PREFIX),
		),
	);
	const fields =
		usesCustomAttributes && catalogue.model
			? { ...catalogue.fields, ...(await customAttributeFields(context, catalogue.model)) }
			: catalogue.fields;
	return buildSearchQuery(group, combineGroups, { ...catalogue, fields }, node, itemIndex);
}

/** Single Condition mode: field, operator and value typed as text (what an AI agent's tool fills). */
function readSingleCondition(context: IExecuteFunctions, itemIndex: number): ConditionInput {
	const typed = readText(context, itemIndex, 'conditionOperator', { required: true });
	const operator = operatorNamed(typed);
	if (!operator) {
		throw new NodeOperationError(context.getNode(), `"Operator" is not one of ${OPERATOR_LIST}: ${typed}`, {
			itemIndex,
		});
	}
	return {
		field: readText(context, itemIndex, 'conditionField', { required: true }),
		operator,
		value: readText(context, itemIndex, 'conditionValue'),
	};
}

/** The groups a search's Query Mode gives: the builder's, one typed condition, or the lines of Conditions (Text). */
function readGroups(context: IExecuteFunctions, itemIndex: number, mode: QueryMode): GroupInput[] {
	if (mode === 'single') return [{ conditions: { condition: [readSingleCondition(context, itemIndex)] } }];
	if (mode === 'text') {
		return parseConditionsText(
			readText(context, itemIndex, 'conditionsText', { required: true }),
			(message) => new NodeOperationError(context.getNode(), message, { itemIndex }),
		);
	}
	return (
		readCollection<{ group: GroupInput[] }>(context, itemIndex, 'filterGroups', { listMembers: ['value'] })
			.group ?? []
	);
}
