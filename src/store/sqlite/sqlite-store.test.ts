import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreContract } from '../contract-suite.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
let n = 0;

describeStoreContract('sqlite', () => openSqliteStore(join(dir, `store-${n++}.db`)));
