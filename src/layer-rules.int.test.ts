import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layer boundaries are only worth having if they fire: each forbidden import is linted
// as a small in-memory file at a path inside its layer, and each platform API a layer must
// not see is compiled with that layer's own tsconfig. Each group has a control that passes,
// so a rule that fires on everything would fail too.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: root });

async function lintProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const forbiddenImports: Array<[layer: string, file: string, code: string, rule: string]> = [
  ['shared', 'src/shared/engine/probe.ts', "import zlib from 'zlib';", 'no-restricted-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { gzipSync } from 'node:zlib';", 'no-restricted-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import net from 'net';", 'no-restricted-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { readFile } from 'fs/promises';", 'no-restricted-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { test } from 'node:test';", 'no-restricted-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { app } from 'electron';", 'no-restricted-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { useState } from 'react';", 'no-restricted-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { main } from '../../cli/main';", 'layers/allowed-relative-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { startAppServices } from '../../main/services/app-services';", 'layers/allowed-relative-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { libreOffice } from '../../test-support/libreoffice';", 'layers/allowed-relative-imports'],
  ['shared', 'src/shared/engine/probe.ts', "import { electronBinaryPath } from '../../../scripts/electron-binary.mjs';", 'layers/allowed-relative-imports'],
  ['shared', 'src/shared/engine/probe.ts', "export * from '../../renderer/src/App';", 'layers/allowed-relative-imports'],
  ['cli', 'src/cli/commands/probe.ts', "import { app } from 'electron';", 'no-restricted-imports'],
  ['cli', 'src/cli/commands/probe.ts', "import { App } from '../../renderer/src/App';", 'layers/allowed-relative-imports'],
  ['cli', 'src/cli/commands/probe.ts', "import { createWindow } from '../../main/shell/window';", 'layers/allowed-relative-imports'],
  ['cli', 'src/cli/commands/probe.ts', "import '../../main/index';", 'layers/allowed-relative-imports'],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "import { main } from '../../../cli/main';", 'layers/allowed-relative-imports'],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "import { createPlanRepository } from '../../../main/store/plan-repository';", 'layers/allowed-relative-imports'],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "const preload = await import('../../../preload/index');", 'layers/allowed-relative-imports'],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "import path from 'path';", 'no-restricted-imports'],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "import { Worker } from 'worker_threads';", 'no-restricted-imports'],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "import { ipcRenderer } from 'electron';", 'no-restricted-imports'],
  ['preload', 'src/preload/probe.ts', "import { projectPlan } from '../shared/engine';", 'layers/allowed-relative-imports'],
  ['preload', 'src/preload/probe.ts', "import { z } from 'zod';", 'layers/allowed-relative-imports'],
  ['preload', 'src/preload/probe.ts', "import { readFileSync } from 'node:fs';", 'layers/allowed-relative-imports'],
  ['preload', 'src/preload/probe.ts', "import { startAppServices } from '../main/services/app-services';", 'layers/allowed-relative-imports'],
  ['main', 'src/main/services/probe.ts', "import { App } from '../../renderer/src/App';", 'layers/allowed-relative-imports'],
  ['main', 'src/main/services/probe.ts', "import { app } from 'electron';", 'no-restricted-imports'],
];

const allowedImports: Array<[layer: string, file: string, code: string]> = [
  ['shared', 'src/shared/engine/probe.ts', "import { z } from 'zod';\nimport { planSchema } from '../model/plan';\nexport const s = [z, planSchema];"],
  ['cli', 'src/cli/commands/probe.ts', "import { readFileSync } from 'node:fs';\nimport { openDatabase } from '../../main/store/open-database';\nimport { projectPlan } from '../../shared/engine';\nexport const s = [readFileSync, openDatabase, projectPlan];"],
  ['renderer', 'src/renderer/src/canvas/probe.ts', "import { ReactFlow } from '@xyflow/react';\nimport { api } from '../api/client';\nimport { projectPlan } from '../../../shared/engine';\nexport const s = [ReactFlow, api, projectPlan];"],
  ['preload', 'src/preload/probe.ts', "import { contextBridge } from 'electron';\nimport { buildFromContract } from '../shared/api-object';\nimport { apiContract } from '../shared/api';\nimport { SHELL_EVENTS } from '../shared/contract/events';\nexport const s = [contextBridge, buildFromContract, apiContract, SHELL_EVENTS];"],
  ['main shell', 'src/main/shell/probe.ts', "import { app } from 'electron';\nexport const s = app;"],
];

describe('lint keeps each layer to its own imports', () => {
  it.each(forbiddenImports)('%s refuses %s: %s', async (_layer, file, code, rule) => {
    const problems = await lintProblems(file, code);
    expect(problems.filter((p) => p.startsWith(`${rule}:`)), problems.join('\n')).not.toEqual([]);
  });

  it.each(allowedImports)('%s may import what it needs (%s)', async (_layer, file, code) => {
    expect(await lintProblems(file, code)).toEqual([]);
  });
});

/** The type errors of `code` compiled as `file` under the layer's tsconfig (its .d.ts files included). */
function typeErrors(config: string, file: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  if (!parsed) throw new Error(`cannot read ${config}`);
  const probe = path.join(root, file);
  const options: ts.CompilerOptions = { ...parsed.options, composite: false, declaration: false, emitDeclarationOnly: false, noEmit: true, incremental: false };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === probe || ts.sys.fileExists(name);
  host.readFile = (name) => (name === probe ? code : readFile(name));
  host.getSourceFile = (name, language) => (name === probe ? ts.createSourceFile(name, code, language) : getSourceFile(name, language));
  const ambient = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [probe, ...ambient], options, host });
  const source = program.getSourceFile(probe);
  return ts.getPreEmitDiagnostics(program, source).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('each layer compiles against its own platform only', () => {
  it.each([
    ['the DOM', 'export const title: string = document.title;', 'document'],
    ['window', 'export const width: number = window.innerWidth;', 'window'],
    ['Node’s Buffer', "export const bytes = Buffer.from('x');", 'Buffer'],
    ['Node’s process', 'export const env = process.env;', 'process'],
    ['timers', 'export const timer = setTimeout(() => undefined, 1);', 'setTimeout'],
  ])('src/shared cannot use %s', (_what, code, name) => {
    const errors = typeErrors('tsconfig/shared.json', 'src/shared/engine/probe.ts', code);
    expect(errors.some((e) => e.includes(`'${name}'`)), errors.join('\n')).toBe(true);
  });

  it('src/shared has the web-platform globals every runtime provides (encoding, URL)', () => {
    const code = "export const n: number = new TextEncoder().encode('x').length + new TextDecoder('utf-8').decode(new Uint8Array()).length + new URL('https://a.example').hostname.length;";
    expect(typeErrors('tsconfig/shared.json', 'src/shared/engine/probe.ts', code)).toEqual([]);
  });

  it.each([
    ['Node’s process', 'export const env = process.env;', 'process'],
    ['Node’s Buffer', "export const bytes = Buffer.from('x');", 'Buffer'],
  ])('the renderer cannot use %s', (_what, code, name) => {
    const errors = typeErrors('tsconfig/renderer.json', 'src/renderer/src/probe.ts', code);
    expect(errors.some((e) => e.includes(`'${name}'`)), errors.join('\n')).toBe(true);
  });

  it('the renderer has the DOM', () => {
    expect(typeErrors('tsconfig/renderer.json', 'src/renderer/src/probe.ts', 'export const title: string = document.title;')).toEqual([]);
  });

  it('main, the CLI and the preload have Node and not the DOM', () => {
    expect(typeErrors('tsconfig/node.json', 'src/cli/probe.ts', "export const cwd: string = process.cwd();")).toEqual([]);
    const errors = typeErrors('tsconfig/node.json', 'src/cli/probe.ts', 'export const title = document.title;');
    expect(errors.some((e) => e.includes("'document'")), errors.join('\n')).toBe(true);
  });
});
