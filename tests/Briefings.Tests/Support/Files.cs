namespace Briefings.Tests.Support;

/// <summary>Front matter for test files, so each test shows only what it is about.</summary>
internal static class Files
{
    public static string Article(string title, string date = "2018-03-21", string extra = "", string body = "Body text.") => $"""
        ---
        title: "{title}"
        date: {date}
        source:
          name: Test Wire
          url: https://example.com/story
        summary: Summary of {title}.
        {extra}
        ---
        {body}
        """;

    public static string Note(string title, string date = "2018-04", string extra = "", string body = "Note body.") => $"""
        ---
        title: "{title}"
        date: {date}
        author: Test Analyst
        summary: Summary of {title}.
        confidence: moderate
        {extra}
        ---
        {body}
        """;

    public static string Meeting(string title, string date, string extra = "") => $"""
        ---
        title: "{title}"
        date: {date}
        {extra}
        ---
        Meeting body.
        """;

    public static string Group(string name, string kind = "militant", string extra = "") => $"""
        ---
        name: "{name}"
        kind: {kind}
        {extra}
        ---
        """;

    public static string Person(string name, string extra = "") => $"""
        ---
        name: "{name}"
        {extra}
        ---
        """;
}
