import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cliPath, projectRoot } from '../../helpers/cli.js';

describe('stancegraph extract on a pipe', () => {
  it('a reader that stops early (| head) ends the command quietly with exit 0', async () => {
    // Far more than a pipe holds (~170 KB), so the writer is still writing when head goes away.
    const sets = ['blind4', 'blind5'].map((set) => path.join(projectRoot, 'test', 'fixtures', set, 'articles'));
    const files = sets.flatMap((dir) => readdirSync(dir).map((f) => path.join(dir, f)));
    const script = '"$NODE_BIN" "$0" extract "$@" --explain | head -c 100 > /dev/null; exit "${PIPESTATUS[0]}"';
    const child = spawn('bash', ['-c', script, cliPath, ...files], { env: { ...process.env, CI: 'true', NODE_BIN: process.execPath } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
