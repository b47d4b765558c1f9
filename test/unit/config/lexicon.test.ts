import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { findProjectRoot } from '../../../src/config/env.js';
import { loadLexicon } from '../../../src/config/lexicon.js';
import { ConfigError } from '../../../src/errors.js';

const dataDir = path.join(findProjectRoot(), 'data');

describe('loadLexicon', () => {
  it('loads the project data: actors, the withdrawal issue, both languages, outlets and months', () => {
    const lexicon = loadLexicon(dataDir);
    expect(lexicon.issues.map((i) => i.id)).toContain('withdrawal');
    expect(lexicon.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['sudani', 'us-gov', 'pentagon']));
    expect(lexicon.languages.ar.language).toBe('ar');
    expect(lexicon.outlets.map((o) => o.name)).toContain('Reuters');
    expect(lexicon.months['1']).toContain('يناير');
  });

  it('reports every broken file with its name at once', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'stancegraph-lexicon-'));
    try {
      cpSync(dataDir, copy, { recursive: true });
      writeFileSync(path.join(copy, 'lexicon', 'months.json'), '{ not json');
      writeFileSync(path.join(copy, 'actors', 'extra.json'), JSON.stringify({ version: 1, actors: [{ id: 'Bad Id', type: 'person', partOf: ['nobody'] }] }));
      let error: unknown;
      try {
        loadLexicon(copy);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/months\.json/);
      expect(message).toMatch(/extra\.json/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
