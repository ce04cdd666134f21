export * from './common.ts';
export * from './scenario.ts';
export * from './target.ts';
export * from './model-pack.ts';
export { parseWith, type Result } from './parse.ts';
