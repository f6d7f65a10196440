// Jest transform for the ES-module scripts the tests call (scripts/*.mjs: the sandbox, the demo's
// relay path, the documents' fixes). The tests run as CommonJS (ts-jest), and on Node 22 jest cannot
// require an ES module itself (it can from Node 24.9), so it asks this transform, which has esbuild
// turn the module into CommonJS: `import.meta.url`, `.dirname` and `.filename` become the file's own,
// and `createRequire` (node:module) is jest's, so what the script requires is in the test's registry.
// Where jest loads the file as an ES module itself, it is passed through untouched.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const esbuild = require('esbuild');

const SELF = createHash('sha256').update(readFileSync(__filename)).update(esbuild.version).digest('hex');
const META = 'const __importMeta = { url: require("node:url").pathToFileURL(__filename).href, dirname: __dirname, filename: __filename };';

module.exports = {
  getCacheKey: (source, filename, { configString, supportsStaticESM }) =>
    createHash('sha256')
      .update(SELF)
      .update(source)
      .update(filename)
      .update(configString)
      .update(String(Boolean(supportsStaticESM)))
      .digest('hex'),
  process(source, filename, { supportsStaticESM }) {
    if (supportsStaticESM) return { code: source };
    const { code, map } = esbuild.transformSync(source, {
      format: 'cjs',
      loader: 'js',
      platform: 'node',
      target: 'node22',
      sourcefile: filename,
      sourcemap: 'external',
      banner: META,
      define: { 'import.meta': '__importMeta' },
      logLevel: 'error',
    });
    return { code, map };
  },
};
