import type {
	INodeParameters,
	INodeProperties,
	INodeTypeDescription,
	NodeParameterValueType,
} from 'n8n-workflow';
import { isResourceLocatorValue } from 'n8n-workflow';
import path from 'node:path';

import { FakeIntercom } from '../fake/server';
import { baseline } from '../fuzz/targets';
import { seedWorkspace, validFor } from '../fuzz/workspace';
import type { ExecutedRun, N8nServer } from '../support/n8nCli';
import { N8nCli } from '../support/n8nCli';
import { intercomCredential, manualTrigger } from '../support/nodes';
import { PREVIOUS_RELEASE, previousReleaseTarball } from '../support/previousRelease';

const TOKEN = 'upgrade-token';

interface Step {
	resource: string;
	operation: string;
	parameters: INodeParameters;
}

const shown = (property: INodeProperties, resource: string, operation: string) => {
	const show = property.displayOptions?.show;
	return Boolean(show?.resource?.includes(resource) && show.operation?.includes(operation));
};

const isEmpty = (value: unknown) =>
	value === '' || value === undefined || (isResourceLocatorValue(value) && value.value === '');

/**
 * Operations that only read (API Request's default is a GET; Messenger's calls nothing), so that both runs meet the
 * same workspace. Message only sends, and Webhook Delivery remembers the ids it passed: they are left out.
 */
const READS = /^(getAll|get|search|find|list|identify)/;
const reads = (resource: string, operation: string) =>
	READS.test(operation) || (resource === 'apiRequest' && operation === 'send');

/**
 * One operation of every resource of the previous release, as a user of it saved them: a list or read with the
 * values its required fields need (the records seeded in the fake), preferring Get Many.
 */
function everyResource(description: INodeTypeDescription, valid: INodeParameters): Step[] {
	const resources = description.properties.find((property) => property.name === 'resource')?.options ?? [];
	return resources.flatMap((option) => {
		const resource = String('value' in option ? option.value : '');
		const operations = description.properties.find(
			(property) =>
				property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
		);
		const values = (operations?.options ?? [])
			.map((entry) => String('value' in entry ? entry.value : ''))
			.filter((value) => reads(resource, value))
			.sort((a, b) => Number(b === 'getAll') - Number(a === 'getAll'));
		for (const operation of values) {
			const fields = description.properties.filter((property) => shown(property, resource, operation));
			const parameters = baseline(fields, {
				...(valid as Record<string, NodeParameterValueType>),
				...validFor[`${resource} › ${operation}`],
			});
			if (fields.every((field) => !field.required || !isEmpty(parameters[field.name]))) {
				return [{ resource, operation, parameters: { resource, operation, ...parameters } }];
			}
		}
		return [];
	});
}

function workflowOf(steps: Step[]) {
	const name = ({ resource, operation }: Step) => `${resource} ${operation}`;
	return {
		id: 'upgradeEveryResource',
		name: `Every resource of ${PREVIOUS_RELEASE.version}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			manualTrigger(),
			...steps.map((step, index) => ({
				id: `step${index}`,
				name: name(step),
				type: 'n8n-nodes-intercom.intercom',
				typeVersion: 1,
				position: [300, index * 150],
				parameters: step.parameters,
				credentials: intercomCredential('upgradeCred'),
				onError: 'continueRegularOutput',
			})),
		],
		connections: {
			Manual: { main: [steps.map((step) => ({ node: name(step), type: 'main', index: 0 }))] },
		},
	};
}

/** Per node: whether it failed, and how many items it gave; and the calls Intercom received. */
function outcomeOf(run: ExecutedRun, fake: FakeIntercom, steps: Step[]) {
	const nodes = Object.fromEntries(
		steps.map(({ resource, operation }) => {
			const name = `${resource} ${operation}`;
			const items = run.data.resultData.runData[name]?.[0]?.data?.main[0] ?? [];
			return [
				name,
				{
					ran: name in run.data.resultData.runData,
					items: items.length,
					failed: items.some((item) => 'error' in item.json),
				},
			];
		}),
	);
	const calls = fake.requests.map((request) => `${request.method} ${request.path}`).sort();
	return { nodes, calls };
}

describe(`upgrading from ${PREVIOUS_RELEASE.version}: a saved workflow runs the same after the package is replaced`, () => {
	const fake = new FakeIntercom({ token: TOKEN });
	const cli = new N8nCli();
	let steps: Step[] = [];
	let server: N8nServer;

	beforeAll(async () => {
		await fake.start();
		const tarball = await previousReleaseTarball();
		// The previous release's own node description, as its users' editor saved workflows from it.
		const { Intercom } = (await import(
			path.join(path.dirname(tarball), 'dist/nodes/Intercom/Intercom.node.js')
		)) as { Intercom: new () => { description: INodeTypeDescription } };
		// One workspace for both runs: the saved workflow names its records, and both runs only read.
		const valid = seedWorkspace(fake) as INodeParameters;
		steps = everyResource(new Intercom().description, valid);
		await cli.setUp();
		await cli.installPackage(tarball);
		await cli.importJson('credentials', [
			{
				id: 'upgradeCred',
				name: 'Intercom',
				type: 'intercomAccessTokenApi',
				data: { accessToken: TOKEN, region: 'custom', baseUrl: fake.url, apiVersion: '2.14' },
			},
		]);
		await cli.importJson('workflow', [workflowOf(steps)]);
		server = await cli.startServer();
	}, 300_000);

	afterAll(async () => {
		cli.tearDown();
		await fake.stop();
	});

	it('runs one operation of every resource of the old release the same way on the new build, with its credential', async () => {
		fake.requests.length = 0;
		const before = outcomeOf(await server.run('upgradeEveryResource', 'Manual'), fake, steps);

		// n8n's community-package update: the package's folder replaced, n8n restarted; workflows and credentials stay.
		await cli.stopServer();
		await cli.installPackage();
		server = await cli.startServer();
		fake.requests.length = 0;
		const after = outcomeOf(await server.run('upgradeEveryResource', 'Manual'), fake, steps);

		console.log(
			`upgrade ${PREVIOUS_RELEASE.version} → this build: ${steps.length} resources (${steps.map(({ resource, operation }) => `${resource} ${operation}`).join(', ')}); ${before.calls.length} calls before, ${after.calls.length} after`,
		);
		expect(steps.length).toBe(23);
		expect(Object.values(before.nodes).every((node) => node.ran)).toBe(true);
		expect(after).toEqual(before);
	}, 300_000);
});
