using System.Text;
using System.Text.Json;
using Disclosure.Generator.Exports;

namespace Disclosure.Generator.Tests.Exports;

public sealed class JsonTableWriterTests
{
    private static readonly DataTable Table = new("t", "T", "test",
        [Cells.Text("name", "名称"), Cells.Integer("count", "数"), Cells.Boolean("flag", "是否"), Cells.Date("day", "日期"), new DataColumn("cell", DataType.Cell, "列")],
        [["青禾县“溪畔”餐饮", "12", "true", "2025-04-07", "0.500000"], [null, null, "false", null, null]]);

    [Fact]
    public void Cells_are_typed_absent_values_are_null_and_chinese_is_not_escaped()
    {
        var bytes = JsonTableWriter.Write(Table, "https://example.invalid/data/schema/v1/t.schema.json");
        using var doc = JsonDocument.Parse(bytes);
        var records = doc.RootElement.GetProperty("records");

        Assert.Contains("青禾县", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(2, doc.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(12, records[0].GetProperty("count").GetInt32());
        Assert.True(records[0].GetProperty("flag").GetBoolean());
        Assert.Equal("青禾县“溪畔”餐饮", records[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("count").ValueKind);
        Assert.Equal(string.Empty, records[1].GetProperty("cell").GetString());
    }

    [Fact]
    public void The_schema_names_its_versioned_id_and_requires_every_column_and_no_other()
    {
        using var schema = JsonDocument.Parse(JsonSchemaWriter.Write(Table, "https://example.invalid/data/schema/v1/t.schema.json"));
        var record = schema.RootElement.GetProperty("$defs").GetProperty("record");

        Assert.Equal("https://example.invalid/data/schema/v1/t.schema.json", schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal(["name", "count", "flag", "day", "cell"], record.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(record.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal("v1", OpenDataExporter.SchemaVersion);
        Assert.Equal("data/schema/v1/t.schema.json", Table.SchemaPath);
    }
}
