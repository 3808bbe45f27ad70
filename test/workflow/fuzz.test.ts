import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ResourceDefinition } from '../../nodes/Intercom/actions/operation';
import { requestOptionsDescription } from '../../nodes/Intercom/actions/requestOptions';
import { resources } from '../../nodes/Intercom/actions/resources';
import { UNEXPECTED_ERROR_DESCRIPTION } from '../../nodes/Intercom/actions/router';
import type { Target } from '../fuzz/targets';
import { baseline, targetsOf } from '../fuzz/targets';
import { sampleValues } from '../fuzz/values';
import { seedWorkspace, validFor } from '../fuzz/workspace';
import { runIntercom, tokenCredentials } from '../harness/runWorkflow';
import { useFakeIntercom } from './setup';

/**
 * A property-based fuzz of every operation through n8n-core's WorkflowExecute against the fake Intercom: each place
 * a value can be given (derived from the operation's description, Request Options included) gets generated values
 * from an expression over two input items, with "Continue (using error output)". Every case must end in one of:
 * - refused: an error item per input, naming a field, before any call;
 * - Intercom's error: an error item carrying Intercom's HTTP status, after requests the description accepts;
 * - success: output paired to the inputs, after requests the description accepts.
 * Never an unexpected error, a request the description refuses, an input passed through, an item lost or unpaired,
 * or the node failing as a whole. Seeds are fixed: a failure names its operation, place and value, and reruns alike.
 */
const VALUES_PER_PLACE = Number(process.env.FUZZ_VALUES_PER_PLACE ?? 5);
const INPUTS = 2;

type Outcome = 'refused' | 'intercom' | 'success' | 'empty';

interface Case {
	target: Target;
	value: unknown;
}

const fake = useFakeIntercom();
const table: Array<{ operation: string; cases: number } & Record<Outcome, number>> = [];

function seedOf(text: string): number {
	let hash = 7;
	for (const character of text) hash = (hash * 31 + character.charCodeAt(0)) | 0;
	return Math.abs(hash);
}

function show(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The field names an error may name: every label of the operation's places. */
function labelsOf(targets: Target[]): string[] {
	return [...new Set(targets.flatMap((target) => target.labels))];
}

function check(
	items: INodeExecutionData[],
	errorItems: INodeExecutionData[],
	labels: string[],
	/** Webhook Delivery passes its input items on, and drops repeats: by design. */
	outputIsNew: boolean,
	/** Whether lookups were sent: an error after them (nothing found) is Intercom's answer, not a refused value. */
	lookedUp: boolean,
): { outcome: Outcome; problems: string[] } {
	const problems: string[] = [];
	const outputsPerInput = Array.from({ length: INPUTS }, () => ({ items: 0, errors: 0 }));
	for (const item of items) {
		const paired = (item.pairedItem as { item?: number } | undefined)?.item;
		if (paired === undefined || !outputsPerInput[paired]) problems.push('an output item is not paired');
		else outputsPerInput[paired].items++;
		if (outputIsNew && (item.json as IDataObject).fuzzInput !== undefined) {
			problems.push('an input item passed through');
		}
		if ('error' in item.json) problems.push(`an error item on the main output: ${show(item.json)}`);
	}
	let refused = 0;
	for (const item of errorItems) {
		const paired = (item.pairedItem as { item?: number } | undefined)?.item;
		if (paired === undefined || !outputsPerInput[paired]) problems.push('an error item is not paired');
		else outputsPerInput[paired].errors++;
		const { error, details } = item.json as { error?: string; details?: IDataObject };
		if (details?.description === UNEXPECTED_ERROR_DESCRIPTION) problems.push(`unexpected error: ${error}`);
		if (!details?.httpCode) {
			refused++;
			if (!lookedUp && !labels.some((label) => String(error).includes(label))) {
				problems.push(`an error names no field: ${error}`);
			}
		} else if (!/^Intercom/.test(String(error))) {
			problems.push(`an HTTP error without Intercom's message: ${error}`);
		}
	}
	outputsPerInput.forEach(({ items: outputs, errors }, input) => {
		if (errors > 1 || (errors === 1 && outputs > 0)) problems.push(`input ${input} has ${errors} errors`);
	});
	const emptyInputs = outputsPerInput.filter(({ items: outputs, errors }) => outputs + errors === 0).length;
	const outcome: Outcome =
		errorItems.length === 0
			? emptyInputs > 0
				? 'empty'
				: 'success'
			: refused === errorItems.length && !lookedUp
				? 'refused'
				: 'intercom';
	if (outputIsNew && outcome === 'empty' && items.length > 0) {
		problems.push('one input has output, the other none');
	}
	return { outcome, problems };
}

const operations = Object.entries(resources as Record<string, ResourceDefinition>).flatMap(
	([resource, definition]) =>
		Object.entries(definition.operations).map(([operation, { description, since }]) => ({
			resource,
			operation,
			description,
			apiVersion: since ?? '2.14',
		})),
);

describe('Fuzz: every operation, every place, generated values', () => {
	afterAll(() => {
		const totals = table.reduce(
			(sum, row) => ({
				cases: sum.cases + row.cases,
				refused: sum.refused + row.refused,
				intercom: sum.intercom + row.intercom,
				success: sum.success + row.success,
				empty: sum.empty + row.empty,
			}),
			{ cases: 0, refused: 0, intercom: 0, success: 0, empty: 0 },
		);
		const lines = table.map(
			(row) =>
				`${row.operation.padEnd(34)} ${String(row.cases).padStart(5)} ${String(row.refused).padStart(8)} ${String(row.intercom).padStart(9)} ${String(row.success).padStart(8)} ${String(row.empty).padStart(6)}`,
		);
		process.stdout.write(
			[
				`Fuzz: ${table.length} operations, ${totals.cases} cases (${VALUES_PER_PLACE} values a place, ${INPUTS} items each)`,
				`${'operation'.padEnd(34)} ${'cases'.padStart(5)} ${'refused'.padStart(8)} ${'intercom'.padStart(9)} ${'success'.padStart(8)} ${'empty'.padStart(6)}`,
				...lines,
				`${'total'.padEnd(34)} ${String(totals.cases).padStart(5)} ${String(totals.refused).padStart(8)} ${String(totals.intercom).padStart(9)} ${String(totals.success).padStart(8)} ${String(totals.empty).padStart(6)}`,
				'',
			].join('\n'),
		);
	});

	it.each(operations.map((entry) => [`${entry.resource} › ${entry.operation}`, entry] as const))(
		'%s',
		async (name, { resource, operation, description, apiVersion }) => {
			const targets = targetsOf([...description, requestOptionsDescription]);
			const labels = labelsOf(targets);
			const cases: Case[] = targets.flatMap((target, position) =>
				sampleValues(seedOf(`${name}:${position}`), VALUES_PER_PLACE).map((value) => ({ target, value })),
			);
			const row = { operation: name, cases: cases.length, refused: 0, intercom: 0, success: 0, empty: 0 };
			const failures: string[] = [];
			for (const { target, value } of cases) {
				fake.reset();
				const valid = seedWorkspace(fake);
				const parameters = target.apply(
					{ resource, operation, ...baseline(description, { ...valid, ...validFor[name] }) },
					'={{ $json.fuzzInput }}',
				);
				const credentials = tokenCredentials(fake.url, fake.token, apiVersion, {
					messengerSecret: 'secret',
					clientSecret: 'secret',
				});
				const result = await runIntercom({
					parameters,
					items: Array.from({ length: INPUTS }, () => ({ fuzzInput: value }) as IDataObject),
					onError: 'continueErrorOutput',
					credentials,
				});
				// A value that names something (a tag or contact by name) may need a read to be refused; nothing is written.
				const reads = fake.requests.filter(
					(request) => request.method === 'GET' || request.path.endsWith('/search'),
				);
				const writes = fake.requests.filter((request) => !reads.includes(request));
				const { outcome, problems } = check(
					result.items,
					result.errorItems,
					labels,
					resource !== 'delivery',
					reads.length > 0 && writes.length === 0,
				);
				if (result.error) problems.push(`the node failed as a whole: ${result.error.message}`);
				for (const request of fake.requests.filter((candidate) => candidate.specError)) {
					problems.push(
						`a request Intercom refuses: ${request.method} ${request.path}: ${request.specError}`,
					);
				}
				if (
					result.errorItems.length > 0 &&
					result.items.length === 0 &&
					writes.length > 0 &&
					!result.errorItems.some((item) => (item.json.details as IDataObject | undefined)?.httpCode)
				) {
					problems.push(
						`refused after ${writes.map((request) => `${request.method} ${request.path}`).join(', ')}`,
					);
				}
				const limit =
					target.definition.name === 'limit' && ['number', 'string'].includes(typeof value)
						? Number(value)
						: Number.NaN;
				if (Number.isInteger(limit) && limit > 0 && result.items.length > limit * INPUTS) {
					problems.push(`${result.items.length} items for a Limit of ${limit} on ${INPUTS} inputs`);
				}
				row[outcome]++;
				for (const problem of problems) {
					failures.push(`${target.labels.join(' › ')} = ${show(value)}: ${problem}`);
				}
			}
			table.push(row);
			expect(failures).toEqual([]);
		},
	);
});
