// What a host created with `devtools: true` sees of a running app: the logic thread's tree
// (components, slots and what fills them, virtual hosts) with every component's data, properties
// and external classes; editData as the component's own setData; the setData calls behind each
// update; and every API call with its permission decision.
import { describe, expect, it } from 'vitest';
import type { InspectedNode, Inspection } from '../../../bridge/protocol.js';
import type { MiniAppEvents } from '../../../runtime/host/index.js';
import { MockLocationProvider } from '../../../bridge/mocks/location.js';
import { fixture, startApp, template } from '../../helpers/app.js';

/** Every node of a tree, depth first. */
function nodes(node: InspectedNode): InspectedNode[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

function current(inspection: Inspection): InspectedNode {
  return inspection.pages[inspection.pages.length - 1].root;
}

describe('inspect() with devtools', () => {
  it('holds components with their template\'s nodes, slots with what their owner put in them, and each component\'s data', async () => {
    const t = await startApp(fixture('components'), { devtools: true });
    const inspection = await t.app.inspect();
    const root = current(inspection);
    expect(root.tag).toBe('page');
    const page = inspection.components.find((c) => c.id === root.component)!;
    expect(page).toMatchObject({ is: 'pages/index/index', page: true });
    expect(page.data.title).toBe('Fruit');

    const card = nodes(root).find((n) => n.tag === 'card')!;
    expect(card).toMatchObject({ kind: 'component', owner: page.id, attrs: { class: 'first-card' } });
    expect(card.events).toEqual({ 'bind:press': 'onPress' });
    expect(card.id).toBe(Number(t.app.view.idOf(t.query('#card1')!)));
    const component = inspection.components.find((c) => c.id === card.component)!;
    expect(component).toMatchObject({ is: 'components/card/card', page: false, elementId: 'card1', properties: { title: 'String', count: 'Number' }, externalClasses: { 'title-class': 'big' } });
    expect(component.data).toMatchObject({ title: 'Fruit', count: 1 });
    // The data is the card's as it renders it.
    expect(t.text('.card-title')).toBe(`Fruit (${component.data.changes} changes)`);

    // The card's template is under it; its slots hold the page's nodes.
    const inCard = nodes(card);
    const header = inCard.find((n) => n.kind === 'slot' && n.attrs?.name === 'header')!;
    expect(header.owner).toBe(component.id);
    expect(header.children?.map((n) => [n.tag, n.attrs?.class, n.owner])).toEqual([['view', 'header-content', page.id]]);
    const body = inCard.find((n) => n.kind === 'slot' && n.attrs?.name === undefined)!;
    expect(nodes(body).find((n) => n.attrs?.class === 'body')?.owner).toBe(page.id);
    expect(nodes(body).filter((n) => n.kind === 'text').map((n) => n.text)).toEqual(['Body 1']);
    await t.close();
  });

  it('marks a virtual host, which has no DOM node of its own', async () => {
    const t = await startApp(fixture('component-features'), { devtools: true });
    const vh = nodes(current(await t.app.inspect())).find((n) => n.tag === 'vh')!;
    expect(vh).toMatchObject({ kind: 'component', virtual: true, id: 0 });
    expect(vh.children?.[0]).toMatchObject({ tag: 'view', attrs: { class: 'vh-content' } });
    await t.close();
  });

  it('editData is the component\'s setData: observers run and the view follows', async () => {
    const t = await startApp(fixture('components'), { devtools: true });
    const inspection = await t.app.inspect();
    const page = inspection.components.find((c) => c.page)!;
    const before = inspection.components.find((c) => c.is === 'components/card/card')!.data.changes as number;
    t.app.editData(page.id, { count: 7 });
    await t.app.settled();
    expect(t.text('.body')).toBe('Body 7');
    // The card's count observer counted the change, as it would for the page's own setData.
    const card = (await t.app.inspect()).components.find((c) => c.is === 'components/card/card')!;
    expect(card.data).toMatchObject({ count: 7, changes: before + 1 });
    expect(t.text('.card-title')).toBe(`${card.data.title} (${before + 1} changes)`);
    await t.close();
  });

  it('each update lists the setData calls behind it: who called, the paths written, the size', async () => {
    const t = await startApp(fixture('components'), { devtools: true });
    const updates: MiniAppEvents['update'][] = [];
    t.app.on('update', (u) => updates.push(u));
    await t.tap('#bump');
    const calls = updates.flatMap((u) => u.setData ?? []);
    expect(calls.map((c) => [c.component, c.paths])).toEqual([
      ['pages/index/index', ['count']],
      ['components/card/card', ['changes']],
    ]);
    expect(calls[0].size).toBe(JSON.stringify({ count: 2 }).length);
    expect(updates.some((u) => u.bytes > 0)).toBe(true);
    await t.close();
  });

  it('needs the app to be created with devtools', async () => {
    const t = await startApp(fixture('components'));
    await expect(t.app.inspect()).rejects.toThrow('devtools: true');
    expect(() => t.app.editData(1, {})).toThrow('devtools: true');
    await t.close();
  });
});

describe('api events', () => {
  it('report each call with its arguments, answer, duration and permission decision', async () => {
    const asked: string[] = [];
    const t = await startApp(template('services'), {
      host: {
        privacyPrompt: () => (asked.push('privacy'), true),
        prompt: (request) => (asked.push(request.scope), false),
        handlers: new MockLocationProvider().handlers(),
      },
    });
    const calls: MiniAppEvents['api'][] = [];
    t.app.on('api', (call) => calls.push(call));
    await t.tap('#locate');
    await t.tap('#locate');
    expect(asked).toEqual(['privacy', 'scope.userLocation']);
    const locations = calls.filter((c) => c.api === 'getLocation');
    expect(locations.map((c) => [c.args, c.answer.res.errMsg, c.permission])).toEqual([
      [{ type: 'gcj02' }, 'getLocation:fail auth deny', { privacy: 'asked: agreed', scope: { name: 'scope.userLocation', granted: false, asked: true } }],
      [{ type: 'gcj02' }, 'getLocation:fail auth deny', { privacy: 'agreed', scope: { name: 'scope.userLocation', granted: false, asked: false } }],
    ]);
    expect(locations.every((c) => c.duration >= 0 && c.sync === false)).toBe(true);
    await t.close();
  });
});
