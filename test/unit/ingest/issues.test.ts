import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findProjectRoot } from '../../../src/config/env.js';
import { loadLexicon } from '../../../src/config/lexicon.js';
import type { Claim } from '../../../src/ingest/model.js';
import { createExtractor } from '../../../src/ingest/pipeline.js';
import { loadArabicWordList } from '../../../src/ingest/repair.js';
import { extractFromText, loadTestExtractor } from '../../helpers/invariants.js';

const root = findProjectRoot();
const fixture = (name: string) => readFileSync(path.join(root, 'test', 'fixtures', 'issues', name), 'utf8');
const onIssue = (claims: readonly Claim[], issue: string) =>
  claims
    .filter((c) => c.issue === issue)
    .map((c) => `${c.actor.id} ${c.stance}`)
    .sort();

describe('issues are data: every file in data/issues is extracted', () => {
  let tools: ReturnType<typeof loadTestExtractor>;
  beforeAll(() => {
    tools = loadTestExtractor();
  });

  it('loads the second issue, the bilateral security agreement, from data/issues/security-agreement.json', () => {
    expect(tools.lexicon.issues.map((i) => i.id).sort()).toEqual(['security-agreement', 'withdrawal']);
  });

  it('English: the PM wants the agreement, Kataib Hezbollah rejects it', () => {
    const { claims } = extractFromText(fixture('en-security-agreement.txt'), tools);
    expect(onIssue(claims, 'security-agreement')).toEqual(['kataib-hezbollah opposes', 'sudani supports']);
  });

  it('Arabic: signing the agreement is support, demanding its cancellation is opposition', () => {
    const { claims } = extractFromText(fixture('ar-security-agreement.txt'), tools);
    expect(onIssue(claims, 'security-agreement')).toEqual(['iraq-gov supports', 'kataib-hezbollah opposes', 'sudani supports']);
    expect(onIssue(claims, 'withdrawal')).toEqual([]);
  });
});

describe('a new issue file needs no code change', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'stancegraph-issues-'));
    cpSync(path.join(root, 'data'), dataDir, { recursive: true });
    const advisers = {
      version: 1,
      id: 'advisers',
      name: 'US military advisers remaining in Iraq',
      nameAr: null,
      cues: {
        ar: { supports: { strong: ['بقاء المستشارين'], needsTopic: [] }, opposes: { strong: ['رحيل المستشارين'], needsTopic: [] }, topic: ['المستشارين'] },
        en: { supports: { strong: ['advisers remaining', 'keep the advisers'], needsTopic: [] }, opposes: { strong: ['advisers leaving'], needsTopic: [] }, topic: ['advisers'] },
      },
      qualifiers: { ar: {}, en: {} },
    };
    writeFileSync(path.join(dataDir, 'issues', 'advisers.json'), JSON.stringify(advisers));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a third issue dropped into data/issues gets its own claims', () => {
    const lexicon = loadLexicon(dataDir);
    const tools = { lexicon, extractor: createExtractor(lexicon, loadArabicWordList()) };
    const { claims } = extractFromText('Iraqi Prime Minister Mohammed Shia al-Sudani said he wants to keep the advisers in Iraq.', tools);
    expect(onIssue(claims, 'advisers')).toEqual(['sudani supports']);
  });
});
