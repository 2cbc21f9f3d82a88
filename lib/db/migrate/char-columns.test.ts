import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { relabelCharColumns, restoreCharColumns } from "./char-columns";

describe('"char" columns', () => {
  it("relabels OID 18 as text for adapter-pg, then as Character for the engine", () => {
    const rows = [["r", "settings"]];
    const pgResult = { fields: [{ dataTypeID: 18 }, { dataTypeID: 19 }], rows };
    relabelCharColumns(pgResult);
    expect(pgResult.fields.map((field) => field.dataTypeID)).toEqual([25, 19]);

    // adapter-pg builds its result set around the same rows array.
    const resultSet = { columnNames: ["relkind", "relname"], columnTypes: [ColumnTypeEnum.Text, ColumnTypeEnum.Text], rows };
    restoreCharColumns(resultSet);
    expect(resultSet.columnTypes).toEqual([ColumnTypeEnum.Character, ColumnTypeEnum.Text]);
  });

  it("handles multi-statement results and leaves other results alone", () => {
    const first = { fields: [{ dataTypeID: 18 }], rows: [] };
    const second = { fields: [{ dataTypeID: 23 }], rows: [] };
    relabelCharColumns([first, second]);
    expect([first.fields[0]!.dataTypeID, second.fields[0]!.dataTypeID]).toEqual([25, 23]);

    const untouched = { columnNames: ["n"], columnTypes: [ColumnTypeEnum.Int32], rows: [[1]] };
    expect(restoreCharColumns(untouched).columnTypes).toEqual([ColumnTypeEnum.Int32]);
    expect(relabelCharColumns(undefined)).toBeUndefined();
  });
});
