import type { NodeParameterValueType } from 'n8n-workflow';

import type { Operation, ResourceDefinition } from '../../nodes/Intercom/actions/operation';
import { resources } from '../../nodes/Intercom/actions/resources';
import { describedOperations } from '../fake/openapi';
import { baseline } from '../fuzz/targets';
import { seedWorkspace, validFor } from '../fuzz/workspace';
import { runIntercom, tokenCredentials } from '../harness/runWorkflow';
import { LEFT_TO_API_REQUEST, VARIANTS, WITHOUT_API } from './apiCoverage.table';
import { useFakeIntercom } from './setup';

/**
 * Every operation of Intercom's 2.14 and 2.16 descriptions is reached by a named operation of the node, or listed as
 * left to API Request with the reason. Each named operation runs once (or once per listed variant) against the fake
 * with the valid values the fuzz starts from, on the API version it needs: its values must pass and its requests be
 * ones the description accepts; the description's operations those requests were are what the node reaches.
 */
const fake = useFakeIntercom();
const reached = new Map<string, string>();

const operations = Object.entries(resources as Record<string, ResourceDefinition>).flatMap(
	([resource, definition]) =>
		Object.entries(definition.operations)
			.map(([key, operation]) => ({ resource, key, operation }))
			.filter(({ key }) => !WITHOUT_API.includes(`${resource} › ${key}`)),
);

function runsOf(name: string): Array<Record<string, NodeParameterValueType>> {
	return VARIANTS[name] ?? [{}];
}

async function runOnce(
	resource: string,
	key: string,
	operation: Operation,
	extra: Record<string, NodeParameterValueType>,
): Promise<string[]> {
	fake.reset();
	const name = `${resource} › ${key}`;
	const valid = seedWorkspace(fake);
	const parameters = {
		resource,
		operation: key,
		...baseline(operation.description, { ...valid, ...validFor[name], ...extra }),
	};
	const result = await runIntercom({
		parameters,
		credentials: tokenCredentials(fake.url, fake.token, operation.since ?? '2.14', {
			messengerSecret: 'secret',
			clientSecret: 'secret',
		}),
	});
	// Intercom's answer to the seeded records may be an error (the operation's own tests show success): what counts
	// here is that the requests were valid. A refused value or an unexpected error is a failure.
	const refused = result.error && !result.error.httpCode;
	const problems = [
		...(refused ? [`failed: ${result.error?.message} ${result.error?.description ?? ''}`] : []),
		...fake.requests
			.filter((request) => request.specError)
			.map((request) => `refused: ${request.method} ${request.path}: ${request.specError}`),
	];
	expect(problems).toEqual([]);
	return fake.requests.flatMap((request) => (request.operation ? [request.operation] : []));
}

describe("Intercom's API, operation by operation", () => {
	it.each(operations.map((entry) => [`${entry.resource} › ${entry.key}`, entry] as const))(
		'%s runs once against the fake with valid requests',
		async (name, { resource, key, operation }) => {
			for (const extra of runsOf(name)) {
				for (const reachedOperation of await runOnce(resource, key, operation, extra)) {
					if (!reached.has(reachedOperation)) reached.set(reachedOperation, name);
				}
			}
		},
	);

	it('reaches every operation of the 2.14 and 2.16 descriptions, or leaves it to API Request with a reason', () => {
		const described = [...new Set([...describedOperations('2.14'), ...describedOperations('2.16')])].sort();
		const unreached = described.filter(
			(operation) => !reached.has(operation) && !(operation in LEFT_TO_API_REQUEST),
		);
		const unknown = Object.keys(LEFT_TO_API_REQUEST).filter((operation) => !described.includes(operation));
		const namedAnyway = Object.keys(LEFT_TO_API_REQUEST).filter((operation) => reached.has(operation));
		process.stdout.write(
			`Intercom API: ${described.length} operations in 2.14 and 2.16; ${reached.size} reached by named ` +
				`operations, ${Object.keys(LEFT_TO_API_REQUEST).length} left to API Request\n`,
		);
		expect({ unreached, unknown, namedAnyway }).toEqual({ unreached: [], unknown: [], namedAnyway: [] });
	});
});
