// Entry of the extension's own mocha suite, loaded by VS Code's extension host through
// extensionTestsPath (code-server in test/e2e/inhost.e2e.ts; VS Code desktop through
// test/extension/runTests.ts). Mocha is bundled in: the extension host does not resolve
// node_modules for the suite.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  (Mocha.reporters.Base as unknown as { useColors: boolean }).useColors = false;
  // Define describe/it on the global object, then load the (bundled) test modules.
  mocha.suite.emit('pre-require', globalThis, 'extension.host.ts', mocha);
  require('./extension.host');
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-host test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
