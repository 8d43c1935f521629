using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Disclosure.Generator.Review;

/// <summary>
/// Reads a pull request's reviews as the GitHub REST API returns them
/// (<c>GET /repos/{owner}/{repo}/pulls/{n}/reviews</c>) and tells who approves the change now.
/// Each reviewer counts by their latest review that took a position: a later CHANGES_REQUESTED withdraws
/// an approval, a dismissed approval (state DISMISSED) is none, and comments change nothing.
/// </summary>
internal static class PullRequestReviews
{
    private const string Approved = "APPROVED";

    /// <summary>
    /// The logins whose latest decisive review is an approval, compared case-insensitively as GitHub does;
    /// null with an error when the text is not a reviews array. Accepts one array, the pages
    /// <c>gh api --paginate</c> prints one after another, or the array of pages <c>--slurp</c> makes.
    /// </summary>
    public static IReadOnlySet<string>? Approvers(string json, out string? error)
    {
        error = null;
        var reviews = new List<(string Login, string State, DateTimeOffset At, int Order)>();
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { AllowMultipleValues = true });
            var pages = 0;
            while (reader.Read())
            {
                using var page = JsonDocument.ParseValue(ref reader);
                Collect(page.RootElement, reviews);
                pages++;
            }

            if (pages == 0)
            {
                throw new FormatException("the file is empty");
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            error = ex.Message;
            return null;
        }

        var latest = reviews
            .Where(r => r.State is Approved or "CHANGES_REQUESTED" or "DISMISSED")
            .GroupBy(r => r.Login, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(r => r.At).ThenBy(r => r.Order).Last());
        return latest.Where(r => r.State == Approved).Select(r => r.Login).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void Collect(JsonElement element, List<(string, string, DateTimeOffset, int)> reviews)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("expected a JSON array of reviews");
        }

        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Array)
            {
                Collect(item, reviews);
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("a review without a state");
            }

            // A deleted account has no user; its review approves nothing.
            if (item.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.Object &&
                user.TryGetProperty("login", out var login) && login.ValueKind == JsonValueKind.String)
            {
                reviews.Add((login.GetString()!, state.GetString()!, SubmittedAt(item), reviews.Count));
            }
        }
    }

    private static DateTimeOffset SubmittedAt(JsonElement review) =>
        review.TryGetProperty("submitted_at", out var at) && at.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(at.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : DateTimeOffset.MinValue;
}
