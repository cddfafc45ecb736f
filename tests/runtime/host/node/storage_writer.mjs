// A child process for the crash-safety test: runs the storage-writer fixture with the default Node
// host and prints every acknowledged write, until it is killed.
import { Window } from 'happy-dom';
import { compileProject } from '../../../../dist/compiler.js';
import { createMiniApp, createNodeHost } from '../../../../dist/runtime/host/index.js';

const [project, dataDir, round] = process.argv.slice(2);
const window = new Window();
const app = createMiniApp({
  bundle: compileProject(project).bundle,
  container: window.document.body,
  launch: { query: { round } },
  host: createNodeHost({ dataDir }),
});
app.on('log', ({ text }) => process.stdout.write(`${text}\n`));
app.on('error', (error) => process.stderr.write(`${error.kind}: ${error.message}\n`));
