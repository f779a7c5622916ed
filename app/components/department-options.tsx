// The options of a department select: an empty choice first, then the departments by id (names are Chinese data).
export function DepartmentOptions({
  departments,
  noneLabel,
}: {
  departments: readonly { id: number; name: string }[];
  noneLabel: string;
}) {
  return (
    <>
      <option value="">{noneLabel}</option>
      {departments.map((d) => (
        <option key={d.id} value={String(d.id)} lang="zh">
          {d.name}
        </option>
      ))}
    </>
  );
}
