// "Print": shown once scripts run (it needs them); opens folded details so the paper shows everything.
import { useEffect, useSyncExternalStore } from "react";
import { useT } from "~/i18n/use-t";

const noSubscription = () => () => {};

export function PrintButton() {
  const t = useT();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  useEffect(() => {
    const open = () => document.querySelectorAll("details").forEach((d) => (d.open = true));
    window.addEventListener("beforeprint", open);
    return () => window.removeEventListener("beforeprint", open);
  }, []);
  if (!hydrated) return null;
  return (
    <button type="button" className="secondary no-print" onClick={() => window.print()}>
      {t("public.item.print")}
    </button>
  );
}

/** The page's address, printed under the title (hidden on screen). */
export function PrintSource({ url }: { url: string }) {
  return (
    <p className="print-source small muted">
      <span>{url}</span>
    </p>
  );
}
