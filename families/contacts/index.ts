// Contacts family: the fields, samples and custom-field handling shared by its steps.
export * from './fields';
export * from './samples';
export * from './forms';
