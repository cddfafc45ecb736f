// Types for framework_parts.mjs, which the build runs with plain Node once tsc has written dist/.

export const PART_SIZE: number;
export function frameworkParts(block: string, partSize?: number): string;
