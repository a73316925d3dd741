import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useGuide } from './app-context';

/** Where the first visit shows on Home; its code (the questions' form) loads only when it is needed. */
export function FirstVisitSlot() {
  const show = useGuide().firstVisit.value;
  const [FirstVisit, setFirstVisit] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (show && !FirstVisit) void import('./FirstVisit').then((module) => setFirstVisit(() => module.FirstVisit));
  }, [show, FirstVisit]);
  return show && FirstVisit ? <FirstVisit /> : null;
}
