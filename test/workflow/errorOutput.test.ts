import type { INodeExecutionData } from 'n8n-workflow';

import type { OnErrorSetting } from '../harness/runWorkflow';
import { run, useFakeIntercom } from './setup';

/**
 * Good items mixed with the two kinds of failure: Intercom refusing the call (a 409 for a taken external_id, a 400
 * for an unknown custom attribute) and input refused before any call (a malformed email; a contact with neither
 * email nor external ID, whose error carries a description).
 */
const inputs = [
	{ email: 'good-1@example.com', externalId: 'good-1', attribute: 'plan' },
	{ email: 'taken@example.com', externalId: 'taken', attribute: 'plan' },
	{ email: 'not-an-email', externalId: 'bad-email', attribute: 'plan' },
	{ email: 'good-2@example.com', externalId: 'good-2', attribute: 'plan' },
	{ email: '', externalId: '', attribute: 'plan' },
	{ email: 'unknown-attr@example.com', externalId: 'unknown-attr', attribute: 'nope' },
	{ email: 'good-3@example.com', externalId: 'good-3', attribute: 'plan' },
];
const GOOD = [0, 3, 6];
const FAILED = [1, 2, 4, 5];

const create = {
	resource: 'contact',
	operation: 'create',
	role: 'user',
	email: '={{ $json.email }}',
	externalId: '={{ $json.externalId }}',
	customAttributes: { attribute: [{ name: '={{ $json.attribute }}', value: 'pro' }] },
	requestOptions: { maxConcurrency: 3 },
};

const pairedIndexes = (items: INodeExecutionData[]) =>
	items.map((item) => (item.pairedItem as { item: number }).item);

const conflictMessage = (id: string) =>
	`Intercom: A contact matching those details already exists with id=${id}`;

const expectedErrors = (takenId: string) => [
	{
		error: conflictMessage(takenId),
		details: { httpCode: '409', description: expect.stringContaining('POST /contacts → 409') },
	},
	{ error: '"Email" is not an email address: not-an-email' },
	{
		error: 'Creating a contact needs an "Email" or an "External ID"',
		details: { description: expect.stringContaining('orphan lead') },
	},
	{
		error: "Intercom: Custom attribute 'nope' does not exist",
		details: { httpCode: '400', description: expect.stringContaining('parameter_not_found') },
	},
];

describe('On Error settings with failing and good items', () => {
	const fake = useFakeIntercom();

	const runWith = async (onError: OnErrorSetting) => {
		const taken = fake.store.addContact({ external_id: 'taken', email: 'taken@example.com' });
		return { ...(await run(fake, create, { items: inputs, onError })), errors: expectedErrors(taken.id) };
	};

	it('stops at the first failing item in input order and names it', async () => {
		const result = await runWith('stopWorkflow');
		expect(result.error?.message).toBe(result.errors[0].error);
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(result.items).toEqual([]);
	});

	it('continues on the regular output: every item in input order, each failure paired with its input', async () => {
		const result = await runWith('continueRegularOutput');
		expect(result.error).toBeUndefined();
		expect(pairedIndexes(result.items)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(GOOD.map((index) => result.items[index].json.external_id)).toEqual(['good-1', 'good-2', 'good-3']);
		expect(FAILED.map((index) => result.items[index].json)).toEqual(result.errors);
		expect(result.errorItems).toEqual([]);
	});

	it('continues on the error output: good items on the success output, every failure on the error output', async () => {
		const result = await runWith('continueErrorOutput');
		expect(result.error).toBeUndefined();
		expect(pairedIndexes(result.items)).toEqual(GOOD);
		expect(result.items.map((item) => item.json.external_id)).toEqual(['good-1', 'good-2', 'good-3']);
		expect(pairedIndexes(result.errorItems)).toEqual(FAILED);
		// n8n puts the input item's fields beside the error, so the failed record can be fixed and sent again.
		expect(result.errorItems.map((item) => item.json)).toEqual(
			FAILED.map((index, position) => ({ ...inputs[index], ...result.errors[position] })),
		);
		expect(fake.store.contacts.size).toBe(1 + GOOD.length);
	});
});
