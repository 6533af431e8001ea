using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Border.Scheduling.Migrations
{
    /// <inheritdoc />
    internal sealed partial class PortArrival : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "address",
                schema: "scheduling",
                table: "ports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "arrive_minutes_before",
                schema: "scheduling",
                table: "ports",
                type: "integer",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<double>(
                name: "latitude",
                schema: "scheduling",
                table: "ports",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "longitude",
                schema: "scheduling",
                table: "ports",
                type: "double precision",
                nullable: true);

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "brownsville",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "Gateway International Bridge, International Blvd, Brownsville, TX 78520", 60, 25.898330000000001, -97.497219999999999 });

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "calexico",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "200 East 1st Street, Calexico, CA 92231", 60, 32.664900000000003, -115.4987 });

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "eagle-pass",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "International Bridge I, Eagle Pass, TX 78852", 60, 28.705780000000001, -100.50659 });

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "el-paso",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "1000 South El Paso Street, El Paso, TX 79901", 60, 31.749929999999999, -106.48669 });

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "hidalgo",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "1026 South International Blvd, Hidalgo, TX 78557", 60, 26.096869999999999, -98.269959999999998 });

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "laredo",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "100 Convent Avenue, Laredo, TX 78040", 60, 27.50142, -99.507390000000001 });

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "nogales",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "9 North Grand Avenue, Nogales, AZ 85621", 60, 31.332699999999999, -110.9425 });

            migrationBuilder.UpdateData(
                schema: "scheduling",
                table: "ports",
                keyColumn: "code",
                keyValue: "san-ysidro",
                columns: new[] { "address", "arrive_minutes_before", "latitude", "longitude" },
                values: new object[] { "720 East San Ysidro Blvd, San Diego, CA 92173", 60, 32.543329999999997, -117.02972 });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "address",
                schema: "scheduling",
                table: "ports");

            migrationBuilder.DropColumn(
                name: "arrive_minutes_before",
                schema: "scheduling",
                table: "ports");

            migrationBuilder.DropColumn(
                name: "latitude",
                schema: "scheduling",
                table: "ports");

            migrationBuilder.DropColumn(
                name: "longitude",
                schema: "scheduling",
                table: "ports");
        }
    }
}
