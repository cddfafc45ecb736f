// Rendering one component of a library alone with default properties, as `miniapp run <dir>
// --device "iPhone 12/13 Pro Max" --timers 0 --format wxml` does: on the device the goldens were
// rendered on, at the moment they were taken (see tests/fixtures/conformance/PROVENANCE.md).
import { Window } from 'happy-dom';
import { compileProject } from '../../compiler/index.js';
import { createMiniApp } from '../../runtime/host/index.js';
import { toWxml } from '../../runtime/view/snapshot.js';

export async function renderAlone(component: string, tag: string): Promise<{ wxml: string; errors: string[] }> {
  const { bundle } = compileProject(component, { tag });
  const window = new Window({ url: 'https://miniapp.test/' });
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element, device: 'iPhone 12/13 Pro Max' });
  const errors: string[] = [];
  app.on('error', (e) => errors.push(`${e.kind}: ${e.message}`));
  try {
    await app.settled({ timers: 0 });
    return { wxml: toWxml(app.view), errors };
  } finally {
    await app.close();
    await window.happyDOM.close();
  }
}
