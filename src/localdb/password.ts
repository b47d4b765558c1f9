import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';

const OWNER_ONLY = 0o600;

/**
 * 24 random bytes as 48 hex characters, far above Neo4j's 8-character minimum. (Not base64url: one
 * password in 64 began with '-', which neo4j-admin set-initial-password read as an option and refused.)
 */
export function generatePassword(): string {
  return randomBytes(24).toString('hex');
}

export async function readPassword(passwordFile: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(passwordFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Someone may have copied the directory with a permissive umask; the secret stays owner-only.
  await chmod(passwordFile, OWNER_ONLY);
  const password = text.trim();
  return password === '' ? undefined : password;
}

/** 'wx' so that two racing first starts cannot each write a different password. */
export async function createPasswordFile(passwordFile: string): Promise<string> {
  const password = generatePassword();
  try {
    await writeFile(passwordFile, `${password}\n`, { mode: OWNER_ONLY, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const existing = await readPassword(passwordFile);
      if (existing !== undefined) return existing;
    }
    throw error;
  }
  // The mode given to writeFile is filtered through the umask; make 0600 explicit.
  await chmod(passwordFile, OWNER_ONLY);
  return password;
}
