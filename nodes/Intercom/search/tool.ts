import type { ToolUse } from '../tool/arguments';
import type { SearchCatalogue } from './catalogue';
import { OPERATOR_LIST } from './operators';

/** What a model is told when it fills a Single Condition search. */
export function searchTool(catalogue: SearchCatalogue): ToolUse {
	return { setUp: 'Query Mode: Single Condition', arguments: searchArguments(catalogue) };
}

function searchArguments(catalogue: SearchCatalogue): ToolUse['arguments'] {
	return {
		conditionField: `The ${catalogue.records} field to compare, e.g. ${catalogue.fieldExamples}, or custom_attributes.<name>`,
		conditionOperator: `How to compare: ${OPERATOR_LIST}`,
		conditionValue:
			'The value to compare with: text, a number, true or false, or a date as YYYY-MM-DD; for in and notIn a comma-separated list',
	};
}
