import { describe, expect, it } from '@jest/globals';
import { generatePassword } from '../../../src/localdb/password.js';

describe('generatePassword', () => {
  it('never starts with a dash that neo4j-admin would read as an option, and is long and distinct', () => {
    const passwords = Array.from({ length: 2000 }, generatePassword);
    expect(passwords.filter((p) => !/^[0-9a-f]{48}$/.test(p))).toEqual([]);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
