import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { FakeIntercomOptions } from '../fake/server';
import { FakeIntercom } from '../fake/server';
import type { OnErrorSetting, RunResult } from '../harness/runWorkflow';
import { runIntercom, tokenCredentials } from '../harness/runWorkflow';

/** A fake Intercom for the whole file, emptied before each test. */
export function useFakeIntercom(options?: FakeIntercomOptions): FakeIntercom {
	const fake = new FakeIntercom(options);
	beforeAll(async () => await fake.start());
	afterAll(async () => await fake.stop());
	beforeEach(() => fake.reset());
	return fake;
}

export interface RunExtras {
	items?: IDataObject[];
	continueOnFail?: boolean;
	onError?: OnErrorSetting;
	apiVersion?: string;
	asTool?: boolean;
}

/** Runs the Intercom node with `parameters` against the fake, authenticated with the fake's token. */
export async function run(
	fake: FakeIntercom,
	parameters: INodeParameters,
	extras: RunExtras = {},
): Promise<RunResult> {
	return await runIntercom({
		parameters,
		items: extras.items,
		onError: extras.onError ?? (extras.continueOnFail ? 'continueRegularOutput' : undefined),
		credentials: tokenCredentials(fake.url, fake.token, extras.apiVersion),
		asTool: extras.asTool,
	});
}

/** The JSON of each output item. */
export const jsonOf = (result: RunResult) => result.items.map((item) => item.json);

export const byId = (id: string) => ({ __rl: true, mode: 'id', value: id });
export const byExternalId = (value: string) => ({ __rl: true, mode: 'externalId', value });
export const byEmail = (value: string) => ({ __rl: true, mode: 'email', value });
