const layer = (name) => ({
	displayName: name,
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: [`<rootDir>/test/${name}`],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	setupFiles: ['<rootDir>/test/setupEnv.ts'],
});

/**
 * Three layers, each runnable alone (`npm test -- --selectProjects unit workflow`): unit tests of pure code, the
 * nodes run by n8n-core's WorkflowExecute against the fake Intercom, and a real n8n process.
 * @type {import('jest').Config}
 */
module.exports = {
	// The end-to-end suites boot n8n processes; two workers keep the 2-core machine answering.
	maxWorkers: 2,
	// A global setting in Jest 29; the end-to-end tests that take longer give their own.
	testTimeout: 60_000,
	projects: [layer('unit'), layer('workflow'), layer('e2e')],
};
