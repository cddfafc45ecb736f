// Rendering one component of a library alone with default properties, as `miniapp run <dir> --format wxml` does.
import { Window } from 'happy-dom';
import { compileProject } from '../../compiler/index.js';
import { createMiniApp } from '../../runtime/host/index.js';
import { toWxml } from '../../runtime/view/snapshot.js';

export async function renderAlone(component: string, tag: string): Promise<{ wxml: string; errors: string[] }> {
  const { bundle } = compileProject(component, { tag });
  const window = new Window({ url: 'https://miniapp.test/' });
  const app = createMiniApp({ bundle, container: window.document.body as unknown as Element });
  const errors: string[] = [];
  app.on('error', (e) => errors.push(`${e.kind}: ${e.message}`));
  try {
    await app.settled();
    return { wxml: toWxml(app.view), errors };
  } finally {
    await app.close();
    await window.happyDOM.close();
  }
}
