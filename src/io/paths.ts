import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root (where models/, scenarios/ and web/ live), whatever the working directory. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MODELS_DIR = path.join(PACKAGE_ROOT, 'models');
export const SCENARIOS_DIR = path.join(PACKAGE_ROOT, 'scenarios');
export const DEFAULT_MODEL_ID = 'ben-tre-2021-2025';
