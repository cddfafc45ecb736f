// Code blocks of the README, for the tests that run its examples.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const readmeFile = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The first code block of `language` under the README heading `heading`. */
export function readmeBlock(heading: string, language: string): string {
  const readme = readFileSync(readmeFile, 'utf8');
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README has no heading ${heading}`);
  return new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme.slice(at))![1];
}
