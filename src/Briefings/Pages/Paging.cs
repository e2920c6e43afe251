namespace Briefings.Pages;

/// <summary>How a long list is split over pages: the one rule for how many pages there are and what each shows.</summary>
internal static class Paging
{
    /// <summary>How many pages <paramref name="count"/> items take, <paramref name="size"/> to a page: at least one, even for none.</summary>
    public static int PageCount(int count, int size) => Math.Max(1, (count + size - 1) / size);

    /// <summary>
    /// The items of page <paramref name="page"/> (from 1), read by index: the thousandth page of a list of 100,000 costs
    /// what the first does (LINQ's Skip walks a list from its start when it is seen through a covariant interface,
    /// a <c>List&lt;Article&gt;</c> as an <c>IReadOnlyList&lt;DatedItem&gt;</c>).
    /// </summary>
    public static IEnumerable<T> Slice<T>(IReadOnlyList<T> items, int page, int size)
    {
        for (var i = (page - 1) * size; i < Math.Min(items.Count, page * size); i++)
        {
            yield return items[i];
        }
    }
}
