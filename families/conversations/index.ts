// The Conversations & Messages family, in parts: ID fields, samples, the message lists, Send Message
// per channel, files (calls, recordings, transcriptions).
export * from './conversationFields';
export * from './conversationSamples';
export * from './messages';
export * from './send';
export * from './files';
