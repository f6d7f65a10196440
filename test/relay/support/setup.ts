// Relay tests start real servers, databases and processes on a shared 2-core machine: they wait for
// conditions with generous limits rather than timing anything tightly.
jest.setTimeout(120_000);
