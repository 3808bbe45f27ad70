import type { INodeProperties } from 'n8n-workflow';

import { Intercom } from '../../nodes/Intercom/Intercom.node';
import { resources } from '../../nodes/Intercom/actions/resources';

describe('node description', () => {
	const { description } = new Intercom();
	const parameter = (name: string, resource?: string) =>
		description.properties.filter(
			(property) =>
				property.name === name &&
				(resource === undefined || property.displayOptions?.show?.resource?.includes(resource)),
		);
	const values = (property: INodeProperties) =>
		(property.options as Array<{ value: string }>).map((option) => option.value);

	it('offers every registered resource once, sorted by name', () => {
		const [resource] = parameter('resource');
		const names = (resource.options as Array<{ name: string }>).map((option) => option.name);
		expect(values(resource).sort()).toEqual(Object.keys(resources).sort());
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it.each(Object.entries(resources))(
		'offers exactly the %s operations that are implemented, each with an action and a description',
		(name, definition) => {
			const [operation] = parameter('operation', name);
			expect(values(operation).sort()).toEqual(Object.keys(definition.operations).sort());
			expect(values(operation)).toContain(operation.default);
			for (const option of operation.options as Array<{ action?: string; description?: string }>) {
				expect(option.action).toMatch(/^[A-Z]/);
				expect(option.description?.length).toBeGreaterThan(10);
			}
		},
	);

	it('has no option value that n8n would read as an expression', () => {
		const optionValues: string[] = [];
		const visit = (node: unknown) => {
			if (Array.isArray(node)) node.forEach(visit);
			else if (node && typeof node === 'object') {
				const record = node as Record<string, unknown>;
				if ('value' in record && typeof record.value === 'string' && 'name' in record)
					optionValues.push(record.value);
				Object.values(record).forEach(visit);
			}
		};
		visit(description.properties);
		expect(optionValues.filter((value) => value.startsWith('='))).toEqual([]);
	});

	it('shows every operation field for one resource and one operation only', () => {
		for (const property of description.properties) {
			if (['authentication', 'resource', 'operation', 'requestOptions'].includes(property.name)) continue;
			expect(property.displayOptions?.show?.resource).toHaveLength(1);
			expect(property.displayOptions?.show?.operation).toHaveLength(1);
		}
	});
});
