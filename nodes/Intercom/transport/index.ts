export { intercomApiRequest, intercomFileRequest, configureTransport } from './request';
export type { FileAnswer, TransportSettings } from './request';
export {
	collectItems,
	cursorPages,
	cursorSource,
	filteredSource,
	nextCursorSource,
	nextUrlPages,
	nextUrlSource,
	numberedPages,
	numberedSource,
	pagesOf,
	scrollPages,
	scrollSource,
	searchPages,
	searchSource,
	unpagedItems,
} from './paginate';
export type { Page, PageSource } from './paginate';
export { searchByCreatedRanges } from './createdRanges';
export { numberedPagesInParallel } from './numberedInParallel';
export { credentialTypeOf, getConnection, sendsIdsAsStrings, versionAtLeast } from './connection';
export type { IntercomContext } from './context';
export { IntercomApiError } from './errors';
