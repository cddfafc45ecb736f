function remainingOf(todos) {
  return todos.filter((todo) => !todo.done).length;
}

Page({
  data: {
    title: 'Hello from miniapp',
    count: 0,
    todos: [
      { id: 1, title: 'Write WXML', done: true },
      { id: 2, title: 'Tap the items', done: false },
      { id: 3, title: 'Read the bundle', done: false },
    ],
    remaining: 2,
  },

  onLoad(query) {
    if (query.count) this.setData({ count: Number(query.count) });
  },

  onStep(event) {
    const count = Math.max(0, this.data.count + event.currentTarget.dataset.step);
    this.setData({ count });
  },

  onToggle(event) {
    const index = event.currentTarget.dataset.index;
    const done = !this.data.todos[index].done;
    this.setData({ [`todos[${index}].done`]: done }, () => {
      this.setData({ remaining: remainingOf(this.data.todos) });
    });
  },
});
