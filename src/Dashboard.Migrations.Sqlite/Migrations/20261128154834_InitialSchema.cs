using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Dashboard.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AidTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DefaultCategory = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrefersDarkMode = table.Column<bool>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: false),
                    Alpha3 = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Numeric = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CommonName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShareLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<byte[]>(type: "BLOB", fixedLength: true, maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FilterQuery = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedById = table.Column<string>(type: "TEXT", nullable: true),
                    AccessCount = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAccessAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShareLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShareLinks_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShareLinks_AspNetUsers_RevokedById",
                        column: x => x.RevokedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organizations_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Parties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConflictId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: true),
                    Side = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parties_Conflicts_ConflictId",
                        column: x => x.ConflictId,
                        principalTable: "Conflicts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Parties_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationAliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationAliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationAliases_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ConflictId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierCountryCode = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 2, nullable: false),
                    RecipientPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: true),
                    ValueUsd = table.Column<long>(type: "INTEGER", nullable: true),
                    EvidenceStatus = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Confidence = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    ReportedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedDatePrecision = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    EventDateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventDateFromPrecision = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    EventDateTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EventDateToPrecision = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    EventStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EventEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResponseText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResponseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResponseSource = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    State = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    RetractionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RetractedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetractedById = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedById = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedById = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_DeletedById",
                        column: x => x.DeletedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_RetractedById",
                        column: x => x.RetractedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Conflicts_ConflictId",
                        column: x => x.ConflictId,
                        principalTable: "Conflicts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Countries_SupplierCountryCode",
                        column: x => x.SupplierCountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Parties_RecipientPartyId",
                        column: x => x.RecipientPartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportAidTypes",
                columns: table => new
                {
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    AidTypeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportAidTypes", x => new { x.ReportId, x.AidTypeId });
                    table.ForeignKey(
                        name: "FK_ReportAidTypes_AidTypes_AidTypeId",
                        column: x => x.AidTypeId,
                        principalTable: "AidTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportAidTypes_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportOrganizations",
                columns: table => new
                {
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportOrganizations", x => new { x.ReportId, x.OrganizationId });
                    table.ForeignKey(
                        name: "FK_ReportOrganizations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportOrganizations_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportRevisions_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: true),
                    PublisherIsParty = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShareLinkReports",
                columns: table => new
                {
                    ShareLinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShareLinkReports", x => new { x.ShareLinkId, x.ReportId });
                    table.ForeignKey(
                        name: "FK_ShareLinkReports_ReportRevisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "ReportRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShareLinkReports_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ShareLinkReports_ShareLinks_ShareLinkId",
                        column: x => x.ShareLinkId,
                        principalTable: "ShareLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Countries",
                columns: new[] { "Code", "Alpha3", "CommonName", "Name", "Numeric" },
                values: new object[,]
                {
                    { "AD", "AND", "Andorra", "Andorra", "020" },
                    { "AE", "ARE", "United Arab Emirates", "United Arab Emirates", "784" },
                    { "AF", "AFG", "Afghanistan", "Afghanistan", "004" },
                    { "AG", "ATG", "Antigua and Barbuda", "Antigua and Barbuda", "028" },
                    { "AI", "AIA", "Anguilla", "Anguilla", "660" },
                    { "AL", "ALB", "Albania", "Albania", "008" },
                    { "AM", "ARM", "Armenia", "Armenia", "051" },
                    { "AO", "AGO", "Angola", "Angola", "024" },
                    { "AQ", "ATA", "Antarctica", "Antarctica", "010" },
                    { "AR", "ARG", "Argentina", "Argentina", "032" },
                    { "AS", "ASM", "American Samoa", "American Samoa", "016" },
                    { "AT", "AUT", "Austria", "Austria", "040" },
                    { "AU", "AUS", "Australia", "Australia", "036" },
                    { "AW", "ABW", "Aruba", "Aruba", "533" },
                    { "AX", "ALA", "Åland Islands", "Åland Islands", "248" },
                    { "AZ", "AZE", "Azerbaijan", "Azerbaijan", "031" },
                    { "BA", "BIH", "Bosnia and Herzegovina", "Bosnia and Herzegovina", "070" },
                    { "BB", "BRB", "Barbados", "Barbados", "052" },
                    { "BD", "BGD", "Bangladesh", "Bangladesh", "050" },
                    { "BE", "BEL", "Belgium", "Belgium", "056" },
                    { "BF", "BFA", "Burkina Faso", "Burkina Faso", "854" },
                    { "BG", "BGR", "Bulgaria", "Bulgaria", "100" },
                    { "BH", "BHR", "Bahrain", "Bahrain", "048" },
                    { "BI", "BDI", "Burundi", "Burundi", "108" },
                    { "BJ", "BEN", "Benin", "Benin", "204" },
                    { "BL", "BLM", "Saint Barthélemy", "Saint Barthélemy", "652" },
                    { "BM", "BMU", "Bermuda", "Bermuda", "060" },
                    { "BN", "BRN", "Brunei Darussalam", "Brunei Darussalam", "096" },
                    { "BO", "BOL", "Bolivia", "Bolivia, Plurinational State of", "068" },
                    { "BQ", "BES", "Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius and Saba", "535" },
                    { "BR", "BRA", "Brazil", "Brazil", "076" },
                    { "BS", "BHS", "Bahamas", "Bahamas", "044" },
                    { "BT", "BTN", "Bhutan", "Bhutan", "064" },
                    { "BV", "BVT", "Bouvet Island", "Bouvet Island", "074" },
                    { "BW", "BWA", "Botswana", "Botswana", "072" },
                    { "BY", "BLR", "Belarus", "Belarus", "112" },
                    { "BZ", "BLZ", "Belize", "Belize", "084" },
                    { "CA", "CAN", "Canada", "Canada", "124" },
                    { "CC", "CCK", "Cocos (Keeling) Islands", "Cocos (Keeling) Islands", "166" },
                    { "CD", "COD", "Congo, The Democratic Republic of the", "Congo, The Democratic Republic of the", "180" },
                    { "CF", "CAF", "Central African Republic", "Central African Republic", "140" },
                    { "CG", "COG", "Congo", "Congo", "178" },
                    { "CH", "CHE", "Switzerland", "Switzerland", "756" },
                    { "CI", "CIV", "Côte d'Ivoire", "Côte d'Ivoire", "384" },
                    { "CK", "COK", "Cook Islands", "Cook Islands", "184" },
                    { "CL", "CHL", "Chile", "Chile", "152" },
                    { "CM", "CMR", "Cameroon", "Cameroon", "120" },
                    { "CN", "CHN", "China", "China", "156" },
                    { "CO", "COL", "Colombia", "Colombia", "170" },
                    { "CR", "CRI", "Costa Rica", "Costa Rica", "188" },
                    { "CU", "CUB", "Cuba", "Cuba", "192" },
                    { "CV", "CPV", "Cabo Verde", "Cabo Verde", "132" },
                    { "CW", "CUW", "Curaçao", "Curaçao", "531" },
                    { "CX", "CXR", "Christmas Island", "Christmas Island", "162" },
                    { "CY", "CYP", "Cyprus", "Cyprus", "196" },
                    { "CZ", "CZE", "Czechia", "Czechia", "203" },
                    { "DE", "DEU", "Germany", "Germany", "276" },
                    { "DJ", "DJI", "Djibouti", "Djibouti", "262" },
                    { "DK", "DNK", "Denmark", "Denmark", "208" },
                    { "DM", "DMA", "Dominica", "Dominica", "212" },
                    { "DO", "DOM", "Dominican Republic", "Dominican Republic", "214" },
                    { "DZ", "DZA", "Algeria", "Algeria", "012" },
                    { "EC", "ECU", "Ecuador", "Ecuador", "218" },
                    { "EE", "EST", "Estonia", "Estonia", "233" },
                    { "EG", "EGY", "Egypt", "Egypt", "818" },
                    { "EH", "ESH", "Western Sahara", "Western Sahara", "732" },
                    { "ER", "ERI", "Eritrea", "Eritrea", "232" },
                    { "ES", "ESP", "Spain", "Spain", "724" },
                    { "ET", "ETH", "Ethiopia", "Ethiopia", "231" },
                    { "FI", "FIN", "Finland", "Finland", "246" },
                    { "FJ", "FJI", "Fiji", "Fiji", "242" },
                    { "FK", "FLK", "Falkland Islands (Malvinas)", "Falkland Islands (Malvinas)", "238" },
                    { "FM", "FSM", "Micronesia, Federated States of", "Micronesia, Federated States of", "583" },
                    { "FO", "FRO", "Faroe Islands", "Faroe Islands", "234" },
                    { "FR", "FRA", "France", "France", "250" },
                    { "GA", "GAB", "Gabon", "Gabon", "266" },
                    { "GB", "GBR", "United Kingdom", "United Kingdom", "826" },
                    { "GD", "GRD", "Grenada", "Grenada", "308" },
                    { "GE", "GEO", "Georgia", "Georgia", "268" },
                    { "GF", "GUF", "French Guiana", "French Guiana", "254" },
                    { "GG", "GGY", "Guernsey", "Guernsey", "831" },
                    { "GH", "GHA", "Ghana", "Ghana", "288" },
                    { "GI", "GIB", "Gibraltar", "Gibraltar", "292" },
                    { "GL", "GRL", "Greenland", "Greenland", "304" },
                    { "GM", "GMB", "Gambia", "Gambia", "270" },
                    { "GN", "GIN", "Guinea", "Guinea", "324" },
                    { "GP", "GLP", "Guadeloupe", "Guadeloupe", "312" },
                    { "GQ", "GNQ", "Equatorial Guinea", "Equatorial Guinea", "226" },
                    { "GR", "GRC", "Greece", "Greece", "300" },
                    { "GS", "SGS", "South Georgia and the South Sandwich Islands", "South Georgia and the South Sandwich Islands", "239" },
                    { "GT", "GTM", "Guatemala", "Guatemala", "320" },
                    { "GU", "GUM", "Guam", "Guam", "316" },
                    { "GW", "GNB", "Guinea-Bissau", "Guinea-Bissau", "624" },
                    { "GY", "GUY", "Guyana", "Guyana", "328" },
                    { "HK", "HKG", "Hong Kong", "Hong Kong", "344" },
                    { "HM", "HMD", "Heard Island and McDonald Islands", "Heard Island and McDonald Islands", "334" },
                    { "HN", "HND", "Honduras", "Honduras", "340" },
                    { "HR", "HRV", "Croatia", "Croatia", "191" },
                    { "HT", "HTI", "Haiti", "Haiti", "332" },
                    { "HU", "HUN", "Hungary", "Hungary", "348" },
                    { "ID", "IDN", "Indonesia", "Indonesia", "360" },
                    { "IE", "IRL", "Ireland", "Ireland", "372" },
                    { "IL", "ISR", "Israel", "Israel", "376" },
                    { "IM", "IMN", "Isle of Man", "Isle of Man", "833" },
                    { "IN", "IND", "India", "India", "356" },
                    { "IO", "IOT", "British Indian Ocean Territory", "British Indian Ocean Territory", "086" },
                    { "IQ", "IRQ", "Iraq", "Iraq", "368" },
                    { "IR", "IRN", "Iran", "Iran, Islamic Republic of", "364" },
                    { "IS", "ISL", "Iceland", "Iceland", "352" },
                    { "IT", "ITA", "Italy", "Italy", "380" },
                    { "JE", "JEY", "Jersey", "Jersey", "832" },
                    { "JM", "JAM", "Jamaica", "Jamaica", "388" },
                    { "JO", "JOR", "Jordan", "Jordan", "400" },
                    { "JP", "JPN", "Japan", "Japan", "392" },
                    { "KE", "KEN", "Kenya", "Kenya", "404" },
                    { "KG", "KGZ", "Kyrgyzstan", "Kyrgyzstan", "417" },
                    { "KH", "KHM", "Cambodia", "Cambodia", "116" },
                    { "KI", "KIR", "Kiribati", "Kiribati", "296" },
                    { "KM", "COM", "Comoros", "Comoros", "174" },
                    { "KN", "KNA", "Saint Kitts and Nevis", "Saint Kitts and Nevis", "659" },
                    { "KP", "PRK", "North Korea", "Korea, Democratic People's Republic of", "408" },
                    { "KR", "KOR", "South Korea", "Korea, Republic of", "410" },
                    { "KW", "KWT", "Kuwait", "Kuwait", "414" },
                    { "KY", "CYM", "Cayman Islands", "Cayman Islands", "136" },
                    { "KZ", "KAZ", "Kazakhstan", "Kazakhstan", "398" },
                    { "LA", "LAO", "Laos", "Lao People's Democratic Republic", "418" },
                    { "LB", "LBN", "Lebanon", "Lebanon", "422" },
                    { "LC", "LCA", "Saint Lucia", "Saint Lucia", "662" },
                    { "LI", "LIE", "Liechtenstein", "Liechtenstein", "438" },
                    { "LK", "LKA", "Sri Lanka", "Sri Lanka", "144" },
                    { "LR", "LBR", "Liberia", "Liberia", "430" },
                    { "LS", "LSO", "Lesotho", "Lesotho", "426" },
                    { "LT", "LTU", "Lithuania", "Lithuania", "440" },
                    { "LU", "LUX", "Luxembourg", "Luxembourg", "442" },
                    { "LV", "LVA", "Latvia", "Latvia", "428" },
                    { "LY", "LBY", "Libya", "Libya", "434" },
                    { "MA", "MAR", "Morocco", "Morocco", "504" },
                    { "MC", "MCO", "Monaco", "Monaco", "492" },
                    { "MD", "MDA", "Moldova", "Moldova, Republic of", "498" },
                    { "ME", "MNE", "Montenegro", "Montenegro", "499" },
                    { "MF", "MAF", "Saint Martin (French part)", "Saint Martin (French part)", "663" },
                    { "MG", "MDG", "Madagascar", "Madagascar", "450" },
                    { "MH", "MHL", "Marshall Islands", "Marshall Islands", "584" },
                    { "MK", "MKD", "North Macedonia", "North Macedonia", "807" },
                    { "ML", "MLI", "Mali", "Mali", "466" },
                    { "MM", "MMR", "Myanmar", "Myanmar", "104" },
                    { "MN", "MNG", "Mongolia", "Mongolia", "496" },
                    { "MO", "MAC", "Macao", "Macao", "446" },
                    { "MP", "MNP", "Northern Mariana Islands", "Northern Mariana Islands", "580" },
                    { "MQ", "MTQ", "Martinique", "Martinique", "474" },
                    { "MR", "MRT", "Mauritania", "Mauritania", "478" },
                    { "MS", "MSR", "Montserrat", "Montserrat", "500" },
                    { "MT", "MLT", "Malta", "Malta", "470" },
                    { "MU", "MUS", "Mauritius", "Mauritius", "480" },
                    { "MV", "MDV", "Maldives", "Maldives", "462" },
                    { "MW", "MWI", "Malawi", "Malawi", "454" },
                    { "MX", "MEX", "Mexico", "Mexico", "484" },
                    { "MY", "MYS", "Malaysia", "Malaysia", "458" },
                    { "MZ", "MOZ", "Mozambique", "Mozambique", "508" },
                    { "NA", "NAM", "Namibia", "Namibia", "516" },
                    { "NC", "NCL", "New Caledonia", "New Caledonia", "540" },
                    { "NE", "NER", "Niger", "Niger", "562" },
                    { "NF", "NFK", "Norfolk Island", "Norfolk Island", "574" },
                    { "NG", "NGA", "Nigeria", "Nigeria", "566" },
                    { "NI", "NIC", "Nicaragua", "Nicaragua", "558" },
                    { "NL", "NLD", "Netherlands", "Netherlands", "528" },
                    { "NO", "NOR", "Norway", "Norway", "578" },
                    { "NP", "NPL", "Nepal", "Nepal", "524" },
                    { "NR", "NRU", "Nauru", "Nauru", "520" },
                    { "NU", "NIU", "Niue", "Niue", "570" },
                    { "NZ", "NZL", "New Zealand", "New Zealand", "554" },
                    { "OM", "OMN", "Oman", "Oman", "512" },
                    { "PA", "PAN", "Panama", "Panama", "591" },
                    { "PE", "PER", "Peru", "Peru", "604" },
                    { "PF", "PYF", "French Polynesia", "French Polynesia", "258" },
                    { "PG", "PNG", "Papua New Guinea", "Papua New Guinea", "598" },
                    { "PH", "PHL", "Philippines", "Philippines", "608" },
                    { "PK", "PAK", "Pakistan", "Pakistan", "586" },
                    { "PL", "POL", "Poland", "Poland", "616" },
                    { "PM", "SPM", "Saint Pierre and Miquelon", "Saint Pierre and Miquelon", "666" },
                    { "PN", "PCN", "Pitcairn", "Pitcairn", "612" },
                    { "PR", "PRI", "Puerto Rico", "Puerto Rico", "630" },
                    { "PS", "PSE", "Palestine, State of", "Palestine, State of", "275" },
                    { "PT", "PRT", "Portugal", "Portugal", "620" },
                    { "PW", "PLW", "Palau", "Palau", "585" },
                    { "PY", "PRY", "Paraguay", "Paraguay", "600" },
                    { "QA", "QAT", "Qatar", "Qatar", "634" },
                    { "RE", "REU", "Réunion", "Réunion", "638" },
                    { "RO", "ROU", "Romania", "Romania", "642" },
                    { "RS", "SRB", "Serbia", "Serbia", "688" },
                    { "RU", "RUS", "Russian Federation", "Russian Federation", "643" },
                    { "RW", "RWA", "Rwanda", "Rwanda", "646" },
                    { "SA", "SAU", "Saudi Arabia", "Saudi Arabia", "682" },
                    { "SB", "SLB", "Solomon Islands", "Solomon Islands", "090" },
                    { "SC", "SYC", "Seychelles", "Seychelles", "690" },
                    { "SD", "SDN", "Sudan", "Sudan", "729" },
                    { "SE", "SWE", "Sweden", "Sweden", "752" },
                    { "SG", "SGP", "Singapore", "Singapore", "702" },
                    { "SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha", "Saint Helena, Ascension and Tristan da Cunha", "654" },
                    { "SI", "SVN", "Slovenia", "Slovenia", "705" },
                    { "SJ", "SJM", "Svalbard and Jan Mayen", "Svalbard and Jan Mayen", "744" },
                    { "SK", "SVK", "Slovakia", "Slovakia", "703" },
                    { "SL", "SLE", "Sierra Leone", "Sierra Leone", "694" },
                    { "SM", "SMR", "San Marino", "San Marino", "674" },
                    { "SN", "SEN", "Senegal", "Senegal", "686" },
                    { "SO", "SOM", "Somalia", "Somalia", "706" },
                    { "SR", "SUR", "Suriname", "Suriname", "740" },
                    { "SS", "SSD", "South Sudan", "South Sudan", "728" },
                    { "ST", "STP", "Sao Tome and Principe", "Sao Tome and Principe", "678" },
                    { "SV", "SLV", "El Salvador", "El Salvador", "222" },
                    { "SX", "SXM", "Sint Maarten (Dutch part)", "Sint Maarten (Dutch part)", "534" },
                    { "SY", "SYR", "Syria", "Syrian Arab Republic", "760" },
                    { "SZ", "SWZ", "Eswatini", "Eswatini", "748" },
                    { "TC", "TCA", "Turks and Caicos Islands", "Turks and Caicos Islands", "796" },
                    { "TD", "TCD", "Chad", "Chad", "148" },
                    { "TF", "ATF", "French Southern Territories", "French Southern Territories", "260" },
                    { "TG", "TGO", "Togo", "Togo", "768" },
                    { "TH", "THA", "Thailand", "Thailand", "764" },
                    { "TJ", "TJK", "Tajikistan", "Tajikistan", "762" },
                    { "TK", "TKL", "Tokelau", "Tokelau", "772" },
                    { "TL", "TLS", "Timor-Leste", "Timor-Leste", "626" },
                    { "TM", "TKM", "Turkmenistan", "Turkmenistan", "795" },
                    { "TN", "TUN", "Tunisia", "Tunisia", "788" },
                    { "TO", "TON", "Tonga", "Tonga", "776" },
                    { "TR", "TUR", "Türkiye", "Türkiye", "792" },
                    { "TT", "TTO", "Trinidad and Tobago", "Trinidad and Tobago", "780" },
                    { "TV", "TUV", "Tuvalu", "Tuvalu", "798" },
                    { "TW", "TWN", "Taiwan", "Taiwan, Province of China", "158" },
                    { "TZ", "TZA", "Tanzania", "Tanzania, United Republic of", "834" },
                    { "UA", "UKR", "Ukraine", "Ukraine", "804" },
                    { "UG", "UGA", "Uganda", "Uganda", "800" },
                    { "UM", "UMI", "United States Minor Outlying Islands", "United States Minor Outlying Islands", "581" },
                    { "US", "USA", "United States", "United States", "840" },
                    { "UY", "URY", "Uruguay", "Uruguay", "858" },
                    { "UZ", "UZB", "Uzbekistan", "Uzbekistan", "860" },
                    { "VA", "VAT", "Holy See (Vatican City State)", "Holy See (Vatican City State)", "336" },
                    { "VC", "VCT", "Saint Vincent and the Grenadines", "Saint Vincent and the Grenadines", "670" },
                    { "VE", "VEN", "Venezuela", "Venezuela, Bolivarian Republic of", "862" },
                    { "VG", "VGB", "Virgin Islands, British", "Virgin Islands, British", "092" },
                    { "VI", "VIR", "Virgin Islands, U.S.", "Virgin Islands, U.S.", "850" },
                    { "VN", "VNM", "Vietnam", "Viet Nam", "704" },
                    { "VU", "VUT", "Vanuatu", "Vanuatu", "548" },
                    { "WF", "WLF", "Wallis and Futuna", "Wallis and Futuna", "876" },
                    { "WS", "WSM", "Samoa", "Samoa", "882" },
                    { "YE", "YEM", "Yemen", "Yemen", "887" },
                    { "YT", "MYT", "Mayotte", "Mayotte", "175" },
                    { "ZA", "ZAF", "South Africa", "South Africa", "710" },
                    { "ZM", "ZMB", "Zambia", "Zambia", "894" },
                    { "ZW", "ZWE", "Zimbabwe", "Zimbabwe", "716" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AidTypes_Slug",
                table: "AidTypes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ObjectType_ObjectId",
                table: "AuditEntries",
                columns: new[] { "ObjectType", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_At",
                table: "AuditEntries",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_Name",
                table: "Conflicts",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_Slug",
                table: "Conflicts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Alpha3",
                table: "Countries",
                column: "Alpha3",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Numeric",
                table: "Countries",
                column: "Numeric",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationAliases_Alias",
                table: "OrganizationAliases",
                column: "Alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationAliases_OrganizationId",
                table: "OrganizationAliases",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_CountryCode",
                table: "Organizations",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Name",
                table: "Organizations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parties_ConflictId_Name",
                table: "Parties",
                columns: new[] { "ConflictId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parties_CountryCode",
                table: "Parties",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReportAidTypes_AidTypeId_ReportId",
                table: "ReportAidTypes",
                columns: new[] { "AidTypeId", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportOrganizations_OrganizationId_ReportId",
                table: "ReportOrganizations",
                columns: new[] { "OrganizationId", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportRevisions_ReportId_CreatedAt",
                table: "ReportRevisions",
                columns: new[] { "ReportId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportRevisions_ReportId_Number",
                table: "ReportRevisions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ConflictId",
                table: "Reports",
                column: "ConflictId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CreatedById",
                table: "Reports",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_DeletedById",
                table: "Reports",
                column: "DeletedById");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ExternalId",
                table: "Reports",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PublishedById",
                table: "Reports",
                column: "PublishedById");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RecipientPartyId",
                table: "Reports",
                column: "RecipientPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_RetractedById",
                table: "Reports",
                column: "RetractedById");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_Category",
                table: "Reports",
                columns: new[] { "State", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_Confidence",
                table: "Reports",
                columns: new[] { "State", "Confidence" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_ConflictId",
                table: "Reports",
                columns: new[] { "State", "ConflictId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_EventStart",
                table: "Reports",
                columns: new[] { "State", "EventStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_EvidenceStatus",
                table: "Reports",
                columns: new[] { "State", "EvidenceStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_PublishedAt",
                table: "Reports",
                columns: new[] { "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_RecipientPartyId",
                table: "Reports",
                columns: new[] { "State", "RecipientPartyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_ReportedDate",
                table: "Reports",
                columns: new[] { "State", "ReportedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_SupplierCountryCode_EventStart",
                table: "Reports",
                columns: new[] { "State", "SupplierCountryCode", "EventStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State_UpdatedAt",
                table: "Reports",
                columns: new[] { "State", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_SupplierCountryCode",
                table: "Reports",
                column: "SupplierCountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_UpdatedById_State",
                table: "Reports",
                columns: new[] { "UpdatedById", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinkReports_ReportId",
                table: "ShareLinkReports",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinkReports_RevisionId",
                table: "ShareLinkReports",
                column: "RevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinks_CreatedById_CreatedAt",
                table: "ShareLinks",
                columns: new[] { "CreatedById", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinks_RevokedById",
                table: "ShareLinks",
                column: "RevokedById");

            migrationBuilder.CreateIndex(
                name: "IX_ShareLinks_TokenHash",
                table: "ShareLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ReportId_Position",
                table: "Sources",
                columns: new[] { "ReportId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "OrganizationAliases");

            migrationBuilder.DropTable(
                name: "ReportAidTypes");

            migrationBuilder.DropTable(
                name: "ReportOrganizations");

            migrationBuilder.DropTable(
                name: "ShareLinkReports");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AidTypes");

            migrationBuilder.DropTable(
                name: "Organizations");

            migrationBuilder.DropTable(
                name: "ReportRevisions");

            migrationBuilder.DropTable(
                name: "ShareLinks");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Parties");

            migrationBuilder.DropTable(
                name: "Conflicts");

            migrationBuilder.DropTable(
                name: "Countries");
        }
    }
}
