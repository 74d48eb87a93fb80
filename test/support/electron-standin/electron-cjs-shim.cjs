// `require('electron')` inside the stand-in process (electron-log and other CommonJS
// dependencies of the built bundle): the same stand-in object the ES module shim exports.
const standin = globalThis[Symbol.for('hearback.electron-standin')];
if (standin === undefined) throw new Error('The Electron stand-in was not installed in this process');
module.exports = standin;
