import tseslint from 'typescript-eslint';

// The project's own rule, run after n8n's (`n8n-node lint`, whose strict mode requires eslint.config.mjs to stay
// n8n's template): every value a node reads passes a type reader that names the field when the value does not fit.
export default tseslint.config({
	files: ['nodes/**/*.ts'],
	ignores: ['nodes/Intercom/parameters/**'],
	languageOptions: { parser: tseslint.parser },
	rules: {
		'no-restricted-syntax': [
			'error',
			{
				selector: "CallExpression[callee.property.name='getNodeParameter']",
				message: 'Read parameters through the type readers in nodes/Intercom/parameters/.',
			},
		],
	},
});
