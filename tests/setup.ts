import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/temp.js';

// Hooks run last-registered first, so this runs after a file's own afterAll (a browser
// closed before its profile folder goes).
afterAll(removeTempDirs);
