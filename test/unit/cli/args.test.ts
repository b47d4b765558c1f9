import { describe, expect, it } from '@jest/globals';
import { HELP, parseCommand } from '../../../src/cli/args.js';
import { InputError } from '../../../src/errors.js';

function errorOf(argv: string[]): InputError {
  try {
    parseCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`expected an InputError for ${argv.join(' ')}`);
}

describe('parseCommand', () => {
  it.each([[[]], [['--help']], [['-h']], [['help']]])('shows the main help for %j', (argv) => {
    expect(parseCommand(argv)).toEqual({ command: 'help', topic: 'main' });
  });

  it('shows a command help with --help anywhere after the command', () => {
    expect(parseCommand(['extract', '--help'])).toEqual({ command: 'help', topic: 'extract' });
    expect(parseCommand(['eval', 'a.txt', '-h'])).toEqual({ command: 'help', topic: 'eval' });
    expect(parseCommand(['help', 'ingest'])).toEqual({ command: 'help', topic: 'ingest' });
    expect(HELP.extract).toContain('--explain');
  });

  it('parses extract with defaults and flags', () => {
    expect(parseCommand(['extract', 'a.txt'])).toEqual({ command: 'extract', flags: { format: 'json', explain: false, positionals: ['a.txt'] } });
    expect(parseCommand(['extract', '--format', 'table', '--explain', 'a.txt', 'b.txt'])).toEqual({
      command: 'extract',
      flags: { format: 'table', explain: true, positionals: ['a.txt', 'b.txt'] },
    });
  });

  it('collects repeated --gold and coerces ports', () => {
    expect(parseCommand(['eval', '--gold', 'x.json', '--gold', 'y.json'])).toMatchObject({ flags: { gold: ['x.json', 'y.json'], format: 'text' } });
    expect(parseCommand(['serve', '--port', '8080'])).toMatchObject({ command: 'serve', flags: { port: 8080 } });
    expect(parseCommand(['neo4j', 'status'])).toMatchObject({ command: 'neo4j', flags: { positionals: ['status'] } });
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['extract'], /extract: .*give at least one FILE/],
    [['extract', '--format', 'xml', 'a.txt'], /extract: format/],
    [['extract', '--bogus', 'a.txt'], /extract: .*bogus/],
    [['serve', '--port', '70000'], /serve: port/],
    [['serve', '--port', 'abc'], /serve: port/],
    [['serve', 'extra'], /serve takes no arguments/],
    [['neo4j', 'restart'], /neo4j: .*start.*stop.*status/],
    [['neo4j'], /say start, stop or status/],
  ])('refuses %j with an InputError', (argv, message) => {
    const error = errorOf(argv);
    expect(error.message).toMatch(message);
    expect(error.code).toBe('BAD_INPUT');
  });
});
