// The Conversations & Messages family, in parts: ID fields, samples, the message lists, Send Message
// per channel, files (calls, recordings, transcriptions).
export * from './fields';
export * from './samples';
export * from './messages';
export * from './send';
export * from './files';
