function loose(s: string): string {
  return s.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** Looks ids up by exact text, and explains a miss that differs only in case or spacing. */
export class IdIndex {
  private readonly exact = new Map<string, number>();
  private looseIds: Map<string, string> | null = null;

  constructor(readonly ids: readonly string[]) {
    ids.forEach((id, i) => {
      if (!this.exact.has(id)) this.exact.set(id, i);
    });
  }

  get size(): number {
    return this.ids.length;
  }

  get(id: string): number | undefined {
    return this.exact.get(id);
  }

  /** An id equal to `value` but for case and spacing, if any. */
  suggest(value: string): string | undefined {
    this.looseIds ??= new Map(this.ids.map((id) => [loose(id), id]));
    return this.looseIds.get(loose(value));
  }

  /** e.g. '"e09000001" is not a zone id (did you mean "E09000001"?)'; `also` are searched for a hint too. */
  unknown(value: string, kind: string, ...also: IdIndex[]): string {
    let near = this.suggest(value);
    for (const other of also) near ??= other.suggest(value);
    return `"${value}" is not ${kind}${near === undefined ? '' : ` (did you mean "${near}"?)`}`;
  }
}
