// Custom objects family: a sub-account's custom objects (Pets, Properties, Tickets...) and their
// records. A record keeps its values under `properties`, keyed by the field's short key; the object's
// schema (GET /objects/{key}) names and types those fields, so record steps build their inputs and
// outputs from it: `property__<key>`, labelled by the field's name, typed, options as dropdowns.
export * from './objectFields';
export * from './objectSchema';
export * from './records';
