// The Opportunities family, in parts: fields, samples (with custom fields and stages), the search with
// its startAfter paging. The event triggers' own helpers live beside them
// (triggers/opportunities/opportunityEvents*.ts).
export * from './opportunityFields';
export * from './opportunitySamples';
export * from './search';
