// The part of zod the app uses (steps/fields.ts), bundled into dist/zod.js by `npm run build` and
// required lazily from there: tree-shaken, it is a tenth of the zod package's size in build.zip.
// A zod function the app starts using must be added here; the e2e suite and the zip's own load test
// run the built app.
import { array, boolean, coerce, email, iso, preprocess, record, string, unknown, url } from 'zod';

export const z = { array, boolean, coerce, email, iso, preprocess, record, string, unknown, url };
