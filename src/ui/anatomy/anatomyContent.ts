import { useEffect, useState } from 'react';
import type { PartRef } from '../../state/anatomySlice';

// The anatomy content (every muscle, bone and nerve with its words) is its own chunk: the start
// page never waits for it. The part lists and the part view import it directly (they are lazy
// themselves); the hover label, painted with the page, asks for it here the first time a part is
// named on the body.

export type AnatomyContent = typeof import('../../content/anatomy');

let loaded: AnatomyContent | null = null;
let loading: Promise<AnatomyContent> | null = null;

export function loadAnatomyContent(): Promise<AnatomyContent> {
  loading ??= import('../../content/anatomy').then(
    (content) => {
      loaded = content;
      return content;
    },
    (error: unknown) => {
      // A failed chunk can be asked for again later.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The anatomy content once it is here (null before); asks for it only when `wanted`. */
export function useAnatomyContent(wanted: boolean): AnatomyContent | null {
  const [content, setContent] = useState(loaded);
  useEffect(() => {
    if (!wanted || content) return;
    let alive = true;
    loadAnatomyContent().then(
      (c) => alive && setContent(c),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [wanted, content]);
  return content;
}

/** A part's name, from the content once it is here. */
export function partNameIn(content: AnatomyContent, part: PartRef): string | undefined {
  const get = { muscles: content.getMuscle, skeleton: content.getBone, nerves: content.getNerve }[part.layer];
  return get(part.id)?.name;
}
