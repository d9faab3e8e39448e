// A draft law with a broken citation ("article 99"), shared by the real-editor and Neovim tests.
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
