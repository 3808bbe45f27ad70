import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import { HttpError } from './errors';

/**
 * Refuses what Intercom's OpenAPI description refuses: a path or method it does not describe, a missing required
 * query parameter or body, and a query or body that does not validate against the operation's schema. The fake's
 * routes answer only requests that pass. The descriptions are Intercom's own (MIT, `openapi/LICENSE.md`).
 */
type Json = Record<string, unknown>;

interface Parameter {
	name: string;
	in: string;
	required?: boolean;
	style?: string;
	explode?: boolean;
	schema?: Json;
}

interface QueryParameter {
	name: string;
	required: boolean;
	validate?: () => ValidateFunction;
	type?: string;
	/** An object exploded into the query (`style: form, explode: true`): these keys are its properties. */
	explodedKeys?: string[];
}

interface Operation {
	pattern: RegExp;
	method: string;
	path: string;
	query: QueryParameter[];
	/** Path parameters the description types as integers (`article_id`, `note_id`…): digits only. */
	integerPathParameters: string[];
	pathParameterNames: string[];
	body?: { required: boolean; validate: () => ValidateFunction };
	/** The success status and the example Intercom's description gives for it (none for a file or an empty body). */
	answer: { status: number; example?: unknown };
}

/** The first 2xx answer of an operation and its first JSON example. */
function answerOf(responses: Json | undefined): Operation['answer'] {
	const [status, response] =
		Object.entries(responses ?? {}).find(([code]) => code.startsWith('2')) ?? (['200', undefined] as const);
	const content = (
		response as { content?: Record<string, { example?: unknown; examples?: Json }> } | undefined
	)?.content?.['application/json'];
	const named = Object.values(content?.examples ?? {})[0] as { value?: unknown } | undefined;
	return { status: Number(status), example: content?.example ?? named?.value };
}

/** Compiles a schema the first time a request needs it: most of the description's 200 operations are never called. */
function lazy(compile: () => ValidateFunction): () => ValidateFunction {
	let compiled: ValidateFunction | undefined;
	return () => (compiled ??= compile());
}

/** Beside this file, or, when it runs compiled (the benchmark, the editor check), in the sources it came from. */
const SPEC_DIR =
	[path.join(__dirname, 'openapi'), path.join(__dirname, '../../../test/fake/openapi')].find((dir) =>
		existsSync(dir),
	) ?? path.join(__dirname, 'openapi');

const SPECS: Record<string, string> = {
	'2.14': 'api.intercom.io.2.14.yaml',
	'2.16': 'api.intercom.io.2.16.yaml',
};

/** The versions Intercom answers to (the `intercom_version` enum of the 2.16 description, and Preview's names). */
const KNOWN_VERSIONS = new Set([
	...['1.0', '1.1', '1.2', '1.3', '1.4'],
	...Array.from({ length: 17 }, (_, minor) => `2.${minor}`),
	'Unstable',
	'Preview',
]);

/**
 * The description a request is checked against: 2.16 from that version on (and Preview), 2.14 before; a version
 * Intercom does not know is refused as Intercom refuses it. No header means the app's version, here 2.14.
 */
export function specVersionFor(apiVersion: string): '2.14' | '2.16' {
	if (apiVersion === '') return '2.14';
	if (!KNOWN_VERSIONS.has(apiVersion)) {
		throw new HttpError(400, 'intercom_version_invalid', `Requested API version ${apiVersion} is not valid.`);
	}
	if (apiVersion === 'Unstable' || apiVersion === 'Preview') return '2.16';
	const [major, minor] = apiVersion.split('.').map(Number);
	return major > 2 || (major === 2 && minor >= 16) ? '2.16' : '2.14';
}

/**
 * OpenAPI 3.0 schemas as JSON Schema: `nullable` without a `type` (which Ajv refuses) becomes "or null", and the
 * `$ref`s of an inline schema are pointed at the document holding the components (`refBase`). `oneOf` is read as
 * `anyOf`: the description lists overlapping alternatives (`POST /tags` with a name and companies matches three of
 * its four), which Intercom accepts; a body that fits none of them is still refused.
 */
function toJsonSchema(schema: unknown, refBase: string): unknown {
	if (Array.isArray(schema)) return schema.map((entry) => toJsonSchema(entry, refBase));
	if (typeof schema !== 'object' || schema === null) return schema;
	const converted = Object.fromEntries(
		Object.entries(schema).map(([key, value]) => [
			key === 'oneOf' ? 'anyOf' : key,
			key === '$ref' && typeof value === 'string' && value.startsWith('#/')
				? `${refBase}${value}`
				: toJsonSchema(value, refBase),
		]),
	);
	if (converted.nullable === true && converted.type === undefined) {
		const { nullable: _nullable, ...rest } = converted;
		return { anyOf: [rest, { type: 'null' }] };
	}
	return converted;
}

/** The property names an exploded object parameter may carry, over all its alternatives. */
function propertyNames(schema: Json | undefined): string[] {
	if (!schema) return [];
	const own = Object.keys((schema.properties as Json | undefined) ?? {});
	const alternatives = [schema.oneOf, schema.anyOf].flatMap((list) =>
		Array.isArray(list) ? (list as Json[]) : [],
	);
	return [...new Set([...own, ...alternatives.flatMap(propertyNames)])];
}

/**
 * Corrections where Intercom's description contradicts its own documentation, each narrow:
 * - Event metadata values are typed text only, while the guide documents numbers, dates (Unix seconds), and two
 *   objects, a rich link `{url, value}` and a monetary amount `{amount, currency}`.
 *   https://developers.intercom.com/docs/references/rest-api/api.intercom.io/data-events/createdataevent
 * - Conversation custom attribute values are typed text, whole numbers or dates, while the same schema's example
 *   sets a boolean and a decimal (`paid_subscriber: true`, `monthly_spend: 155.5`), as checkbox and decimal
 *   attributes take.
 * - `POST /contacts/{contact_id}/notes` types `contact_id` as an integer; contact ids are hexadecimal text, as the
 *   same path's GET and every other contact path type them.
 */
function correct(spec: { paths: Record<string, Record<string, Json>>; components: Json }): void {
	const notes = spec.paths['/contacts/{contact_id}/notes'].post.parameters as Parameter[];
	for (const parameter of notes) {
		if (parameter.in === 'path' && parameter.name === 'contact_id') parameter.schema = { type: 'string' };
	}
	const schemas = spec.components.schemas as Record<string, Json>;
	const conversationAttributes = schemas.custom_attributes.additionalProperties as { anyOf: Json[] };
	conversationAttributes.anyOf.push({ type: 'boolean' }, { type: 'number' });
	const metadata = (schemas.create_data_event_request.properties as Record<string, Json>).metadata;
	metadata.additionalProperties = {
		anyOf: [
			{ type: 'string' },
			{ type: 'number' },
			{
				type: 'object',
				properties: { url: { type: 'string' }, value: { type: 'string' } },
				required: ['url', 'value'],
				additionalProperties: false,
			},
			{
				type: 'object',
				properties: { amount: { type: 'integer' }, currency: { type: 'string' } },
				required: ['amount', 'currency'],
				additionalProperties: false,
			},
		],
	};
}

class SpecIndex {
	readonly operations: Operation[] = [];

	constructor(file: string, version: string) {
		const spec = parse(readFileSync(path.join(SPEC_DIR, file), 'utf8')) as {
			paths: Record<string, Record<string, Json>>;
			components: Json;
		};
		correct(spec);
		const id = `intercom-${version}`;
		const ajv = new Ajv({ strict: false, validateSchema: false, validateFormats: false, allErrors: false });
		ajv.addSchema({ $id: id, components: toJsonSchema(spec.components, '') as Json });
		const compile = (schema: unknown) => ajv.compile(toJsonSchema(schema, id) as Json);
		const resolve = (parameter: Json): Parameter => {
			const ref = parameter.$ref;
			if (typeof ref !== 'string') return parameter as unknown as Parameter;
			const name = ref.split('/').pop() ?? '';
			return (spec.components.parameters as Record<string, Parameter>)[name];
		};

		for (const [template, methods] of Object.entries(spec.paths)) {
			const shared = (methods.parameters as unknown as Json[] | undefined) ?? [];
			for (const [method, operation] of Object.entries(methods)) {
				if (method === 'parameters') continue;
				const parameters = [...shared, ...((operation.parameters as Json[] | undefined) ?? [])].map(resolve);
				const requestBody = operation.requestBody as
					{ required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
				const bodySchema = requestBody?.content?.['application/json']?.schema;
				this.operations.push({
					method: method.toUpperCase(),
					path: template,
					pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
					pathParameterNames: [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]),
					answer: answerOf(operation.responses as Json | undefined),
					integerPathParameters: parameters
						.filter((parameter) => parameter.in === 'path' && parameter.schema?.type === 'integer')
						.map((parameter) => parameter.name),
					query: parameters
						.filter((parameter) => parameter.in === 'query')
						.map((parameter) => ({
							name: parameter.name,
							required: parameter.required === true,
							type: typeof parameter.schema?.type === 'string' ? parameter.schema.type : undefined,
							validate: parameter.schema ? lazy(() => compile(parameter.schema)) : undefined,
							...(parameter.style === 'form' && parameter.explode && parameter.schema?.type === 'object'
								? { explodedKeys: propertyNames(parameter.schema) }
								: {}),
						})),
					...(bodySchema
						? {
								body: { required: requestBody?.required === true, validate: lazy(() => compile(bodySchema)) },
							}
						: {}),
				});
			}
		}
		// A literal segment wins over a template one (`/contacts/search` before `/contacts/{contact_id}`).
		this.operations.sort((a, b) => a.path.split('{').length - b.path.split('{').length);
	}
}

const indexes = new Map<string, SpecIndex>();

function indexFor(apiVersion: string): { index: SpecIndex; version: string } {
	const version = specVersionFor(apiVersion);
	let index = indexes.get(version);
	if (!index) {
		index = new SpecIndex(SPECS[version], version);
		indexes.set(version, index);
	}
	return { index, version };
}

/** Loads and indexes the description of `apiVersion` now, e.g. before a benchmark measures memory. */
export function loadSpec(apiVersion: string): void {
	indexFor(apiVersion);
}

/** Query values arrive as text; the description types them. */
function typed(value: string, type: string | undefined): unknown {
	if ((type === 'integer' || type === 'number') && value.trim() !== '' && Number.isFinite(Number(value))) {
		return Number(value);
	}
	if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
	// A list in the query is comma-separated (`style: form, explode: false`, as /content/search describes its lists).
	if (type === 'array') return value.split(',');
	return value;
}

function refusal(version: string, where: string, validate: ValidateFunction): HttpError {
	const [first] = validate.errors ?? [];
	const at = first?.instancePath ? `${where}${first.instancePath}` : where;
	return new HttpError(
		400,
		'parameter_invalid',
		`${at} ${first?.message ?? 'is invalid'} (Intercom's ${version} API description)`,
		where,
	);
}

/** An exploded object parameter: its properties are query keys of their own (`GET /events?user_id=…`). */
function checkExploded(
	version: string,
	parameter: QueryParameter,
	keys: string[],
	query: Record<string, string>,
): void {
	const object = Object.fromEntries(keys.filter((key) => key in query).map((key) => [key, query[key]]));
	if (Object.keys(object).length === 0) {
		if (!parameter.required) return;
		throw new HttpError(400, 'parameter_not_found', `one of ${keys.join(', ')} is required`, parameter.name);
	}
	const validate = parameter.validate?.();
	if (validate && !validate(object)) throw refusal(version, parameter.name, validate);
}

function findOperation(index: SpecIndex, method: string, requestPath: string) {
	return index.operations.find(
		(candidate) => candidate.method === method && candidate.pattern.test(requestPath),
	);
}

/** Every operation of a version's description, as "METHOD /template". */
export function describedOperations(apiVersion: string): string[] {
	return indexFor(apiVersion).index.operations.map((operation) => `${operation.method} ${operation.path}`);
}

/** The description's operation a request is, as "METHOD /template" (`GET /contacts/{contact_id}`). */
export function describedOperation(
	apiVersion: string,
	method: string,
	requestPath: string,
): string | undefined {
	const operation = findOperation(indexFor(apiVersion).index, method, requestPath);
	return operation ? `${operation.method} ${operation.path}` : undefined;
}

/**
 * What Intercom's description shows it answering to a request no route of the fake models: the success status and its
 * example. Used for the endpoints that keep no state worth modelling (settings, reports), after the request passed.
 */
export function describedAnswer(
	apiVersion: string,
	method: string,
	requestPath: string,
): Operation['answer'] {
	const operation = findOperation(indexFor(apiVersion).index, method, requestPath);
	if (!operation) throw new HttpError(404, 'not_found', `No route for ${method} ${requestPath}`);
	return operation.answer;
}

/** Throws Intercom's 404 or 400 for a request the description refuses. */
export function checkAgainstSpec(
	apiVersion: string,
	method: string,
	requestPath: string,
	query: Record<string, string>,
	body: unknown,
): void {
	const { index, version } = indexFor(apiVersion);
	const newer = version === '2.16' ? undefined : findOperation(indexFor('2.16').index, method, requestPath);
	if (
		newer &&
		!index.operations.some((known) => known.method === newer.method && known.path === newer.path)
	) {
		// The answer Intercom's description shows for GET /conversations/deleted, a 2.16 endpoint, on an older version.
		throw new HttpError(
			400,
			'intercom_version_invalid',
			'Requested resource is not available in current API version.',
		);
	}
	const operation = findOperation(index, method, requestPath);
	if (!operation) {
		throw new HttpError(404, 'not_found', `${method} ${requestPath} is not in Intercom's ${version} API`);
	}
	const values = operation.pattern.exec(requestPath)?.slice(1) ?? [];
	for (const [position, name] of operation.pathParameterNames.entries()) {
		if (
			operation.integerPathParameters.includes(name) &&
			!/^\d+$/.test(decodeURIComponent(values[position]))
		) {
			throw new HttpError(
				400,
				'parameter_invalid',
				`${name} must be an integer (Intercom's ${version} API description)`,
				name,
			);
		}
	}
	for (const parameter of operation.query) {
		if (parameter.explodedKeys) {
			checkExploded(version, parameter, parameter.explodedKeys, query);
			continue;
		}
		const value = query[parameter.name];
		if (value === undefined) {
			if (parameter.required) {
				throw new HttpError(400, 'parameter_not_found', `${parameter.name} is required`, parameter.name);
			}
			continue;
		}
		const validate = parameter.validate?.();
		if (validate && !validate(typed(value, parameter.type))) throw refusal(version, parameter.name, validate);
	}
	if (body === undefined) {
		if (operation.body?.required)
			throw new HttpError(400, 'parameter_not_found', 'A request body is required');
		return;
	}
	const validate = operation.body?.validate();
	if (validate && !validate(body)) throw refusal(version, 'body', validate);
}
