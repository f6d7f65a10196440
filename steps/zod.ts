// The part of zod the input checks use (steps/fields.ts), and nothing else: `npm run build` bundles
// this file on its own into dist/zod.js, tree-shaken to a tenth of zod, which the app requires only
// on its first input check. fields.ts is typed by this object, so using a zod function that is not
// listed here fails to compile instead of failing at run time.
import { array, boolean, coerce, email, iso, preprocess, record, string, unknown, url } from 'zod';

export const zodSubset = { array, boolean, coerce, email, iso, preprocess, record, string, unknown, url };
export type ZodSubset = typeof zodSubset;
