// Opens the browser's print dialog; the page's print styles give the printable 对照表.
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
