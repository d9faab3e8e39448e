// npm run test:e2e — the real-editor tests: builds and packages the extension (unless
// --no-build: npm test has just done it), installs code-server 4.100.3 into .cache/code-server
// if it is not there, then runs test/e2e with mocha (workbench UI through Playwright, and the
// extension's own suite inside the extension host). Screenshots: test-artifacts/e2e/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const started = Date.now();
function run(label, command, args) {
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`[test:e2e] ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`[test:e2e] ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

if (!process.argv.includes('--no-build')) {
  run('build', 'npm', ['run', '--silent', 'build']);
  run('package', 'npm', ['run', '--silent', 'package']);
}
run('code-server', 'bash', ['scripts/install-code-server.sh']);
rmSync('test-artifacts/e2e', { recursive: true, force: true });
run('e2e tests', 'npx', ['mocha', '--config', 'test/e2e/.mocharc.json']);
console.log(`[test:e2e] total ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in test-artifacts/e2e/`);
