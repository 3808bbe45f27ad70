import fc from 'fast-check';

/**
 * What expressions over upstream data hand a node: empty and blank text, very long text, unicode and control
 * characters, numbers where text is expected and text where numbers or booleans are, objects and lists, null,
 * unknown ids, zero and negative numbers, malformed JSON and things that are not dates — plus ordinary values.
 */
export const fuzzValue: fc.Arbitrary<unknown> = fc.oneof(
	fc.constantFrom<unknown>(
		'',
		'   ',
		'x'.repeat(10_000),
		'名前 🚀 \u0000\u0007\u202e',
		'abc',
		'12',
		'3.5',
		'-1',
		'true',
		'false',
		'null',
		'{"a":',
		'[1,2]',
		'1,2',
		'yesterday-ish',
		'2024-13-45',
		'2031-05-01T10:00:00Z',
		'999999999',
		'5f0e0000aaaaaaaaaaaaaaaa',
		'[object Object]',
		'../admins',
		'a/b?c#d',
		0,
		-1,
		3.5,
		1e21,
		Number.MAX_SAFE_INTEGER,
		true,
		false,
		null,
		{},
		{ a: 1 },
		[],
		[1, 2],
		['a', 'b'],
		[{ a: 1 }],
	),
	fc.string({ maxLength: 30 }),
	fc.integer({ min: -1000, max: 10_000_000 }),
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
	fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), {
		maxKeys: 3,
	}),
);

/** `count` values for one place, reproducible from the seed. */
export function sampleValues(seed: number, count: number): unknown[] {
	return fc.sample(fuzzValue, { seed, numRuns: count });
}
