// Per-block memos of the documents being edited (set more than once since they were opened):
// a keystroke re-matches only the edited block. The cold index keeps none, and a closed
// document's memo is dropped, so memory stays the size of the documents open for typing.
import type { DocumentModel } from '../document';
import type { Span } from '../model';
import { spansStream, type TermMatcher, type TokenStream } from '../terms';
import { BlockMemo } from '../blockMemo';
import type { TextEdit } from '../legalReadingMemo';

export class EditMemos {
  private readonly memos = new Map<string, BlockMemo>();
  /** Documents closed in the editor since their last version. */
  private readonly closed = new Set<string>();
  /** Documents opened in the editor whose first version is still to come. */
  private readonly opening = new Set<string>();

  /** The editor opened the document: its next version is kept for typing from the start (`editing`). */
  open(uri: string): void {
    this.opening.add(uri);
  }

  /** Whether the document's next version opens it for typing (and is no edit of a version typed before). */
  opens(uri: string): boolean {
    return this.opening.has(uri);
  }

  /**
   * A new version of a document is about to be parsed. Returns the previous model to parse it
   * as an edit of, or undefined to parse it cold (new, or closed since: no memo of the versions
   * typed before).
   */
  beforeVersion(uri: string, previous: DocumentModel | undefined): DocumentModel | undefined {
    return this.closed.delete(uri) ? undefined : previous;
  }

  /** The document was parsed as an edit (`edit`: textEdit of the previous text and the new): its memo moves to the new version. */
  edited(uri: string, edit: TextEdit | undefined): void {
    this.opening.delete(uri);
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new BlockMemo()));
    memo.nextVersion(edit);
  }

  /** The editor closed the document (`known`: the workspace holds it): its next version is parsed cold. */
  close(uri: string, known: boolean): void {
    this.memos.delete(uri);
    this.opening.delete(uri);
    if (known) this.closed.add(uri);
  }

  delete(uri: string): void {
    this.memos.delete(uri);
    this.opening.delete(uri);
    this.closed.delete(uri);
  }

  get(uri: string): BlockMemo | undefined {
    return this.memos.get(uri);
  }

  size(): { documents: number; tables: number; entries: number } {
    let tables = 0;
    let entries = 0;
    for (const memo of this.memos.values()) {
      const size = memo.size;
      tables += size.tables;
      entries += size.entries;
    }
    return { documents: this.memos.size, tables, entries };
  }

  /**
   * Every match of `matcher` in the document's prose, outside `excluded` spans (sorted).
   * For a document being edited, each block's matches are remembered by its place; `name` must
   * identify the matcher and what `excluded` is made of; `generation` invalidates them.
   */
  matchProse(model: DocumentModel, name: string, generation: number | string, matcher: TermMatcher, excluded: Span[]): Array<{ key: string; span: Span }> {
    const out: Array<{ key: string; span: Span }> = [];
    if (matcher.size === 0) return out;
    const memo = this.memos.get(model.uri);
    if (!memo) {
      // One token stream for the whole document, shared by every matcher.
      const { stream, bounds } = proseStream(model);
      const cursor = { excludedIndex: 0 };
      for (let index = 0; index < model.prose.length; index++) {
        for (const match of matcher.matchStream(model.text, stream, bounds[index], bounds[index + 1], excluded, cursor)) out.push(match);
      }
      return out;
    }
    const cursor = { excludedIndex: 0 };
    for (const span of model.prose) {
      const relative = memo.get(name, generation, span.start, span.end, () =>
        matcher.match(model.text, span.start, span.end, excluded, cursor).map((m) => ({ key: m.key, start: m.span.start - span.start, end: m.span.end - span.start })));
      for (const m of relative) out.push({ key: m.key, span: { start: m.start + span.start, end: m.end + span.start } });
    }
    return out;
  }
}

/**
 * The word tokens of the last document matched: its term uses and the terminology checks read
 * the same stream. One document only, so that memory stays bounded on a large workspace.
 */
let lastProseStream: { model: DocumentModel; stream: TokenStream; bounds: number[] } | undefined;

function proseStream(model: DocumentModel): { stream: TokenStream; bounds: number[] } {
  if (lastProseStream?.model !== model) lastProseStream = { model, ...spansStream(model.text, model.prose) };
  return lastProseStream;
}
