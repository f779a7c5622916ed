// A table's header row: one column header per entry, a label or a label with the cell's class.
import { isValidElement, type ReactNode } from "react";

export type Column = ReactNode | { label: ReactNode; className: string };

function isClassed(column: Column): column is { label: ReactNode; className: string } {
  return typeof column === "object" && column !== null && !isValidElement(column) && "className" in column;
}

export function ColumnHeaders({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) =>
          isClassed(column) ? (
            <th key={i} scope="col" className={column.className}>
              {column.label}
            </th>
          ) : (
            <th key={i} scope="col">
              {column}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
