import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Tests and the benchmark are not shipped: they are linted for correctness, not with the rules n8n applies to a
// node's runtime code (Node's modules, timers and process are theirs to use). ESLint finds this file for the files
// under it because `npm run lint` looks configs up from each file.
export default tseslint.config({
	files: ['**/*.ts'],
	extends: [js.configs.recommended, tseslint.configs.recommended],
	languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } },
	rules: {
		'@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
	},
});
