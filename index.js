// Zapier loads index.js; the app itself is written in TypeScript and compiled to dist/ by `npm run build`.
module.exports = require('./dist/index.js').default;
