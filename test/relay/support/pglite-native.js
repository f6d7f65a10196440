// '@electric-sql/pglite' as loaded outside jest's sandbox (see environment.js for why).
module.exports = globalThis.__nativePglite();
