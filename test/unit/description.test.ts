import { Intercom } from '../../nodes/Intercom/Intercom.node';
import { operations as companyOperations } from '../../nodes/Intercom/actions/company';
import { operations as contactOperations } from '../../nodes/Intercom/actions/contact';

describe('node description', () => {
	const { description } = new Intercom();

	it.each([
		['contact', contactOperations],
		['company', companyOperations],
	])('offers exactly the %s operations that are implemented', (resource, operations) => {
		const operationParameter = description.properties.find(
			(property) =>
				property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
		);
		const offered = (operationParameter?.options as Array<{ value: string }>)
			.map((option) => option.value)
			.sort();
		expect(offered).toEqual(Object.keys(operations).sort());
		expect(offered).toContain(operationParameter?.default);
	});

	it('has no option value that n8n would read as an expression', () => {
		const values: string[] = [];
		const visit = (node: unknown) => {
			if (Array.isArray(node)) node.forEach(visit);
			else if (node && typeof node === 'object') {
				const record = node as Record<string, unknown>;
				if ('value' in record && typeof record.value === 'string' && 'name' in record)
					values.push(record.value);
				Object.values(record).forEach(visit);
			}
		};
		visit(description.properties);
		expect(values.filter((value) => value.startsWith('='))).toEqual([]);
	});

	it('shows every operation parameter for its own operation only', () => {
		for (const property of description.properties) {
			if (['authentication', 'resource', 'operation', 'requestOptions'].includes(property.name)) continue;
			expect(property.displayOptions?.show?.operation).toHaveLength(1);
		}
	});
});
