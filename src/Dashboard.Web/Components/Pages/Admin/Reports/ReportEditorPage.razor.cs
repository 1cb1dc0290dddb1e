using System.Text.Json;
using Dashboard.Core.Audit;
using Dashboard.Core.Countries;
using Dashboard.Core.Editing;
using Dashboard.Core.Identity;
using Dashboard.Core.Reports;
using Dashboard.Web.Components.Pages.Admin.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Admin.Reports;

/// <summary>
/// The report editor: every field of a report, server-side validation with the message on the
/// field, the workflow steps, and no lost edits (the token it loaded goes with every save; a refused
/// save keeps the input and shows what the other person changed).
/// </summary>
public partial class ReportEditorPage
{
    private ReportDraft draft = ReportDraft.New();
    private EditableReport? loaded;
    private EditToken? token;
    private string loadedJson = string.Empty;
    private ValidationErrors errors = ValidationErrors.None;
    private IReadOnlyList<DuplicateCandidate> duplicates = [];
    private IReadOnlyList<AidTypeOption> aidTypes = [];
    private ReportConflict? conflict;
    private string? conflictMessage;
    private bool merging;
    private string? note;
    private string? message;
    private Severity messageSeverity = Severity.Info;
    private bool loading = true;
    private bool loadFailed;
    private bool notFound;
    private bool saving;
    private bool isAdmin;
    private Actor? actor;
    private int? shownId;
    private ReferenceAutocomplete? recipientPicker;

    [Parameter]
    public int? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private EditorialQueries Queries { get; set; } = default!;

    [Inject]
    private ReportCommands Commands { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ILogger<ReportEditorPage> Logger { get; set; } = default!;

    private bool IsDirty => !loading && JsonSerializer.Serialize(draft) != loadedJson;

    private Country? SupplierCountry => CountryOf(draft.SupplierCountryCode);

    private ReferenceChoice? RecipientChoice => draft.Recipient is { } party ? new ReferenceChoice(party.Id, party.Name) : null;

    protected override async Task OnParametersSetAsync()
    {
        // After the first save of a new report the address changes to its edit page: nothing to reload then.
        if (Id is not null && Id == shownId)
        {
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        loading = true;
        loadFailed = false;
        notFound = false;
        try
        {
            var user = (await AuthenticationState).User;
            actor = AdminActor.From(user);
            isAdmin = user.IsInRole(Roles.Admin);
            aidTypes = await Queries.AidTypesAsync();
            if (Id is { } id)
            {
                loaded = await Queries.GetForEditAsync(actor, id);
                notFound = loaded is null;
                if (loaded is not null)
                {
                    Show(loaded);
                }
            }
            else
            {
                loaded = null;
                token = null;
                shownId = null;
                draft = ReportDraft.New();
                loadedJson = JsonSerializer.Serialize(draft);
            }
        }
        catch (Exception ex)
        {
            LogLoadFailed(Logger, ex, Id);
            loadFailed = true;
        }
        finally
        {
            loading = false;
        }
    }

    private void Show(EditableReport report)
    {
        loaded = report;
        shownId = report.Id;
        token = report.Token;
        draft = report.Draft;
        loadedJson = JsonSerializer.Serialize(draft);
        conflict = null;
        merging = false;
    }

    private async Task SaveAsync(SaveMode mode)
    {
        if (actor is null)
        {
            return;
        }

        saving = true;
        message = null;
        try
        {
            var result = await Commands.SaveAsync(actor, new SaveReportRequest(loaded?.Id, draft.Clone(), token, note, mode));
            await ShowResultAsync(result);
        }
        catch (Exception ex)
        {
            LogSaveFailed(Logger, ex, loaded?.Id);
            Say("The report could not be saved because of a problem on the server. Nothing was stored and your input is still here; try again.", Severity.Error);
        }
        finally
        {
            saving = false;
        }
    }

    private async Task ShowResultAsync(CommandResult result)
    {
        errors = result.Status == CommandStatus.Invalid ? result.Errors : ValidationErrors.None;
        switch (result.Status)
        {
            case CommandStatus.Succeeded:
                duplicates = result.Duplicates;
                note = null;
                var keepDuplicates = duplicates;
                var isNew = loaded is null;
                var fresh = await Queries.GetForEditAsync(actor!, result.ReportId!.Value);
                if (fresh is not null)
                {
                    Show(fresh);
                }

                duplicates = keepDuplicates;
                Say(result.Message ?? "Saved.", Severity.Success);
                if (isNew)
                {
                    Navigation.NavigateTo($"admin/reports/{result.ReportId}/edit", replace: true);
                }

                break;
            case CommandStatus.Conflict:
                conflict = result.Conflict;
                conflictMessage = result.Message;
                merging = false;
                message = null;
                break;
            case CommandStatus.Invalid:
                Say(result.Message ?? "Nothing was saved: correct the fields marked below.", Severity.Error);
                break;
            default:
                Say(result.Message ?? "This could not be done.", Severity.Warning);
                break;
        }
    }

    private async Task RunWorkflowAsync(Func<Actor, Task<CommandResult>> step)
    {
        if (actor is null || loaded is null)
        {
            return;
        }

        saving = true;
        message = null;
        try
        {
            await ShowResultAsync(await step(actor));
        }
        catch (Exception ex)
        {
            LogStepFailed(Logger, ex, loaded.Id);
            Say("The step could not be completed because of a problem on the server. Nothing was changed; try again.", Severity.Error);
        }
        finally
        {
            saving = false;
        }
    }

    private Task PublishAsync() => RunWorkflowAsync(a => Commands.PublishAsync(a, loaded!.Id, token));

    private Task DeleteAsync() => ConfirmThenAsync("Delete this draft?", "The draft leaves the lists. An admin can restore it.", "Delete", a => Commands.DeleteAsync(a, loaded!.Id, token));

    private Task RestoreDeletedAsync() => RunWorkflowAsync(a => Commands.RestoreDeletedAsync(a, loaded!.Id));

    private async Task ReturnToDraftAsync()
    {
        var comment = await AskAsync("Return to draft", "Comment to the author", "Return to draft", "The author sees this comment on the draft.", Color.Warning);
        if (comment is not null)
        {
            await RunWorkflowAsync(a => Commands.ReturnToDraftAsync(a, loaded!.Id, token, comment));
        }
    }

    private async Task RetractAsync()
    {
        var reason = await AskAsync("Retract this report", "Public reason", "Retract", "The report stays visible with this reason and counts in no figure. This cannot be undone.", Color.Error);
        if (reason is not null)
        {
            await RunWorkflowAsync(a => Commands.RetractAsync(a, loaded!.Id, token, reason));
        }
    }

    private async Task ConfirmThenAsync(string title, string text, string yes, Func<Actor, Task<CommandResult>> step)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(title, text, yesText: yes, cancelText: "Cancel");
        if (confirmed == true)
        {
            await RunWorkflowAsync(step);
        }
    }

    private async Task<string?> AskAsync(string title, string label, string confirm, string explanation, Color color)
    {
        var dialog = await Dialogs.ShowAsync<ReasonDialog>(title, new DialogParameters<ReasonDialog>
        {
            { d => d.Label, label },
            { d => d.ConfirmText, confirm },
            { d => d.Explanation, explanation },
            { d => d.ConfirmColor, color },
        });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string text } ? text : null;
    }

    private async Task ReloadTheirsAsync()
    {
        if (loaded is null)
        {
            return;
        }

        var fresh = await Queries.GetForEditAsync(actor!, loaded.Id);
        if (fresh is not null)
        {
            Show(fresh);
            errors = ValidationErrors.None;
            Say("Their version is loaded. Your earlier input was discarded.", Severity.Info);
        }
    }

    private void MergeByHand()
    {
        if (conflict is null)
        {
            return;
        }

        // The next save goes over their version; the editor's own input stays as typed.
        token = new EditToken(conflict.CurrentVersion, conflict.CurrentRevisionNumber);
        merging = true;
        conflictMessage = "Your input is kept. Take their value where you want it with \"Use theirs\", then save: your save will replace their version.";
    }

    private void UseTheirs(FieldChange change)
    {
        if (conflict is not null)
        {
            draft.CopyField(change.Field, conflict.Current);
        }
    }

    /// <summary>The editor's current value of a compared field, read the same way as the comparison.</summary>
    private string? MineOf(FieldChange change)
    {
        if (conflict is null)
        {
            return null;
        }

        var mine = draft.Clone();
        var current = conflict.Current;
        var same = ReportComparison.Compare(Snapshot(current), Snapshot(mine));
        return same.FirstOrDefault(c => c.Field == change.Field && c.Label == change.Label)?.After ?? change.After;
    }

    private static ReportSnapshot Snapshot(ReportDraft d) => new()
    {
        Title = d.Title,
        Summary = d.Summary,
        Details = d.Details,
        ConflictName = d.Conflict?.Name ?? string.Empty,
        SupplierCountryCode = d.SupplierCountryCode ?? string.Empty,
        RecipientName = d.Recipient?.Name ?? string.Empty,
        Category = d.Category ?? default,
        AidTypes = d.AidTypes.Order(StringComparer.Ordinal).ToList(),
        Items = d.Items,
        Quantity = d.Quantity,
        ValueUsd = d.ValueUsd,
        EvidenceStatus = d.EvidenceStatus ?? default,
        Confidence = d.Confidence ?? default,
        ReportedDate = d.ReportedDate ?? default,
        ReportedDatePrecision = d.ReportedDatePrecision,
        EventDateFrom = d.EventDateFrom,
        EventDateFromPrecision = d.EventDateFromPrecision,
        EventDateTo = d.EventDateTo,
        EventDateToPrecision = d.EventDateToPrecision,
        Latitude = d.Latitude,
        Longitude = d.Longitude,
        PlaceName = d.PlaceName,
        ResponseText = d.ResponseText,
        ResponseDate = d.ResponseDate,
        ResponseSource = d.ResponseSource,
        Sources = d.Sources.Select(s => new SourceSnapshot(s.Title, s.Publisher, s.Url, s.PublishedDate, s.Type, s.PublisherIsParty)).ToList(),
        Organizations = d.Organizations.Select(o => new OrganizationSnapshot(o.Organization?.Id ?? 0, o.Organization?.Name ?? string.Empty, o.Role)).ToList(),
    };

    private void ConflictChanged(ReferenceChoice? choice)
    {
        if (choice != draft.Conflict)
        {
            draft.Conflict = choice;

            // Parties belong to one conflict: a recipient from another conflict no longer fits.
            if (draft.Recipient is { IsNew: false })
            {
                draft.Recipient = null;
            }
        }
    }

    private void RecipientChanged(ReferenceChoice? choice) =>
        draft.Recipient = choice is null ? null : new PartyChoice(choice.Id, choice.Name, choice.Id is { } id ? recipientPicker?.DetailOf(id) : draft.Recipient?.CountryCode);

    private async Task<IReadOnlyList<NamedReference>> SearchRecipientsAsync(string? text, CancellationToken cancellationToken) =>
        draft.Conflict?.Id is { } conflictId ? await Queries.SearchPartiesAsync(conflictId, text, cancellationToken) : [];

    private void AidTypesChanged(IReadOnlyCollection<string> slugs)
    {
        draft.AidTypes = slugs.ToList();

        // A new report starts with the usual category of its first aid type; a chosen category stays.
        if (draft.Category is null && draft.AidTypes.Count > 0)
        {
            draft.Category = aidTypes.FirstOrDefault(a => a.Slug == draft.AidTypes[0])?.DefaultCategory;
        }
    }

    private string AidTypeName(string slug) => aidTypes.FirstOrDefault(a => a.Slug == slug)?.Name ?? slug;

    private static Task<IEnumerable<Country>> SearchCountriesAsync(string? text, CancellationToken cancellationToken)
    {
        var typed = text?.Trim() ?? string.Empty;
        var found = CountryCatalog.All.Where(c => typed.Length == 0
                || c.CommonName.Contains(typed, StringComparison.OrdinalIgnoreCase)
                || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.Code, typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => !string.Equals(c.Code, typed, StringComparison.OrdinalIgnoreCase))
            .ThenBy(c => !c.CommonName.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .ThenBy(c => c.CommonName, StringComparer.Ordinal);
        return Task.FromResult<IEnumerable<Country>>(found.ToList());
    }

    private static Country? CountryOf(string? code) => CountryCatalog.Find(code);

    private static string? DateText(DateOnly? date) => date?.ToString(ReportRules.DateFormat, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) => ReportRules.TryParseDate(text, out var date) ? date : null;

    private void Say(string text, Severity severity)
    {
        message = text;
        messageSeverity = severity;
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!IsDirty || saving)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync("Leave without saving?", "You have unsaved changes in this report. They are lost if you leave.", yesText: "Leave", cancelText: "Stay");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Report {ReportId} could not be loaded into the editor")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, int? reportId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report {ReportId} could not be saved")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, int? reportId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A workflow step on report {ReportId} failed")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, int reportId);
}
