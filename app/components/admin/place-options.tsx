/** The places an administrator may pick, as `<option>`s (names are data: marked Chinese); `indent` shows depth. */
export function PlaceOptions({
  places,
  indent = false,
}: {
  places: readonly { id: number; name: string; depth?: number }[];
  indent?: boolean;
}) {
  return (
    <>
      {places.map((j) => (
        <option key={j.id} value={j.id} lang="zh">
          {indent ? "　".repeat(Math.max(0, (j.depth ?? 0) - 1)) : null}
          {j.name}
        </option>
      ))}
    </>
  );
}
