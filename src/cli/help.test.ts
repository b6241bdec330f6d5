import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands.js';

// `rasd COMMAND --help` is the manual a user has at hand: each must say how to call the command,
// its options, what the exit codes mean (scripts branch on them) and show examples.
describe('every command’s help teaches the command', () => {
  it.each(COMMANDS.map((entry) => [entry.name, entry] as const))('rasd %s --help', async (name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(name);
    expect(command.help).toMatch(new RegExp(`^Usage: rasd ${name}\\b`));
    expect(command.help).toMatch(/\nOptions:\n/);
    expect(command.help).toMatch(/\nExit status: 0 [^\n]*/);
    expect(command.help).toMatch(/\b2 for\s+a\s+wrong\s+command\s+line/);
    expect(command.help).toMatch(/\nExamples:\n {2}\S/);
    for (const line of command.help.split('\n')) expect(line.length).toBeLessThanOrEqual(110);
  });
});
