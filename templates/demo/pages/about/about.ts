interface AboutData {
  facts: string[];
  source: string;
}

const facts: string[] = [
  'The logic thread runs in QuickJS inside a worker.',
  'Templates are compiled to code that knows which data each binding reads.',
  'The render layer only applies DOM operations.',
];

Page({
  data: { facts, source: '' } as AboutData,

  onLoad(query: Record<string, string>) {
    this.setData({ source: query.from ?? '' });
  },
});

declare function Page(options: Record<string, unknown> & ThisType<{ data: AboutData; setData(patch: Partial<AboutData>): void }>): void;
