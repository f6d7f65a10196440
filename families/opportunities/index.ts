// The Opportunities family, in parts: fields, samples (with custom fields and stages), the search with
// its startAfter paging, and the event triggers.
export * from './fields';
export * from './samples';
export * from './search';
