// The workspace the real-editor tests open: a copy of the corpus plus a draft law with a broken
// reference ("article 99").
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { corpusCopy } from '../helpers/lspClient';

export const DRAFT_NAME = 'draft-act.md';
export const DRAFT = `---
id: draft-act
title: Draft Cybercrime Act
short-title: Draft Act
type: law
language: en
implements: [coe-ets185-en]
---

# Draft Cybercrime Act

## Section 1 – Illegal access

A person who intentionally accesses a computer system without right commits an offence, as
required by article 2 of the Convention on Cybercrime and article 99 of the Convention on Cybercrime.
`;

export async function e2eWorkspace(): Promise<string> {
  const root = await corpusCopy();
  await fs.writeFile(path.join(root, DRAFT_NAME), DRAFT);
  return root;
}
