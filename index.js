// Zapier loads index.js. The app is written in TypeScript; `npm run build` type-checks it and bundles
// it into one file, dist/app.js, so it loads in one read instead of a couple of hundred.
module.exports = require('./dist/app.js').default;
