namespace Briefings.Content;

internal sealed record Meeting : DatedItem
{
    public string? Place { get; init; }

    public Ref? Host { get; init; }

    public Located<string>? Series { get; init; }

    public string? SeriesTitle { get; init; }

    public int? Number { get; init; }

    public override ContentKind Kind => ContentKind.Meeting;
}
