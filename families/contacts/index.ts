// Contacts family: the fields, samples and custom-field handling shared by its steps.
export * from './contactIdFields';
export * from './contactSamples';
export * from './contactInputs';
