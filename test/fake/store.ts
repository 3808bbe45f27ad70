import { resources } from './resources';

export type { FakeCompany, FakeContact, FakeTag, FakeThread } from './records';
export { hexId, nextNumericId, now } from './records';

type SliceClass = NonNullable<(typeof resources)[number]['Records']>;
const slices = resources.flatMap((resource): SliceClass[] => (resource.Records ? [resource.Records] : []));

type Intersection<U> = (U extends unknown ? (slice: U) => void : never) extends (slice: infer I) => void
	? I
	: never;
type Slices = Intersection<InstanceType<SliceClass>>;

/**
 * The fake workspace's records: every resource's slice (resources/index.ts), in one object the routes share. The
 * slices' fields and methods are mixed in below; the interface merged into the class gives them their types.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Store extends Slices {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Store {
	constructor() {
		for (const Slice of slices) Object.assign(this, new Slice());
	}
}

for (const Slice of slices) {
	for (const name of Object.getOwnPropertyNames(Slice.prototype)) {
		if (name === 'constructor') continue;
		Object.defineProperty(
			Store.prototype,
			name,
			Object.getOwnPropertyDescriptor(Slice.prototype, name) ?? {},
		);
	}
}
