// For developers with VS Code desktop: runs the in-host suite (dist/test-host/suite.js) in it
// through @vscode/test-electron. CI cannot download VS Code, so it runs the same suite in
// code-server instead (test/e2e/inhost.e2e.ts).
//   npm run build && VSCODE_EXECUTABLE=/usr/share/code/code node dist/test-host/runTests.js
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    console.error('Set VSCODE_EXECUTABLE to the path of your VS Code (desktop) executable.');
    process.exit(2);
  }
  const root = path.resolve(__dirname, '..', '..');
  // The same workspace as in CI: a copy of the corpus plus a draft with a broken reference.
  const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'treaty-lens-host-'));
  for (const name of await fs.readdir(path.join(root, 'corpus'))) {
    if (name.endsWith('.md')) await fs.copyFile(path.join(root, 'corpus', name), path.join(workspace, name));
  }
  const { DRAFT, DRAFT_NAME } = await import('../e2e/fixtures');
  await fs.writeFile(path.join(workspace, DRAFT_NAME), DRAFT);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist', 'test-host', 'suite.js'),
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
    });
  } finally {
    await fs.rm(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
