import { useEffect, useRef, useState } from 'react';

/**
 * A generated config or a wide migration can carry thousands of parameters or object types, and
 * rendering them all made the dialog open seconds late. As many as a page of issues keeps a dialog
 * with 10,000 as fast as one with 5.
 */
export const FIRST = 50;

/**
 * A long list of the details dialog, its first FIRST items only until the user asks for all.
 * Returns `[list, end, more, showAll]`: put `ref={list}` and `key={+more}` on the element whose
 * children are the items, show `items.slice(0, end)`, and while `more` a button that calls
 * `showAll`. Focus then goes to the first item revealed, or to what `target` picks in the list
 * element (a function that stays the same across renders).
 *
 * `key={+more}`: a new list on "Show all", not thousands of items inserted into the old one. React
 * places each inserted item by walking its new siblings, quadratic (50,000 parameters: 12 s of script).
 * (ObjectBreakdown appends bodies of FIRST rows instead, a few hundred siblings.)
 */
export function useShowAll<E extends HTMLElement>(count: number, target?: (list: E) => Element | undefined) {
  const list = useRef<E>(null);
  const [all, setAll] = useState(false);
  const more = !all && count > FIRST;
  useEffect(() => {
    // The button is gone: reading goes on at the first item it revealed. Tabbable while focused:
    // the dialog's focus trap wraps Tab only from its last tabbable element, and from a tabIndex -1
    // one after it Tab went nowhere.
    const element = list.current;
    const next = (all && element && (target ? target(element) : element.children[FIRST])) as HTMLElement | undefined;
    if (next) {
      next.tabIndex = 0;
      next.focus();
      next.onblur = () => next.removeAttribute('tabindex');
    }
  }, [all, target]);
  return [list, more ? FIRST : count, more, () => setAll(true)] as const;
}
